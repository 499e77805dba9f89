<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	Tin tức - Sự kiện
</title><link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=RnaK1BUuhHF8CsnW0nqEYG"/>
<link rel="stylesheet" type="text/css" href="/SiteAssets/ThanhBinh/css/thanhbinh.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script src="/ScriptResource.axd?d=dRGm94lMnaDyuCNnt_7L1pz_1temkTi2PUFJYXVoHQ_3MVk5ZR24lsXPvFnc&amp;t=ffffffffb9e79735" type="text/javascript"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script type="text/javascript" src="/_layouts/15/sp.core.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script type="text/javascript" src="/_layouts/15/sp.runtime.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script type="text/javascript" src="/_layouts/15/sp.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<link rel="canonical" href="https://thanhbinh.dongthap.test.invalid/Pages/tin-tuc-su-kien.aspx" />
<script type="text/javascript">
//<![CDATA[
var _fV4UI = true; var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "https://thanhbinh.dongthap.test.invalid", siteAbsoluteUrl: "https://thanhbinh.dongthap.test.invalid", serverRequestPath: "./tin-tuc-su-kien.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Cổng Thông tin điện tử huyện Thanh Bình", webTemplate: "53", currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false, allowSilverlightPrompt: "True"};
//]]>
</script>
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./tin-tuc-su-kien.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x543485A62987B8CE3CD4616668071A3F876EA349F0FAAFFE3DE4F3054B5B15F3A06E0DF0B07BA24BEC0714D7A1D4F8633D42129A7A1F777375BE611F7BDAAE5F,20 Jun 2025 02:13:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFmhc/Y1QE1nU3UypakECj0e/X8OYgpn/6NVhqtr24LQg+Q9c+vV6tLsocgC/vpgxTHUwhqe3gWc09bQ0fJcnVImZVfPEjmNuZ/CTBfKFHwosT6sor4XCD8H7T+Fvn2VBA4Fwo32Cs2N+Gk3i8EOp9ZgmQnuEv+7l9eQQd6P6I0h6TAkrpsTnU==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
var MSOWebPartPageFormName = 'aspnetForm'; var g_presenceEnabled = false; var g_wsaEnabled = false; var _spWebPartComponents = new Object();
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="s4-ribbonrow" class="ms-dialogHidden" style="display:none"><div id="globalNavBox"><div id="s4-ribboncont"></div></div></div>
</div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div class="tb-topbar ms-dialogHidden"><div class="tb-inner"><span id="ngayHienTai"></span><span class="tb-toplinks"><a href="/">Trang chủ</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/_layouts/15/Authenticate.aspx" rel="nofollow">Đăng nhập</a></span></div></div>
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">
<div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace">
<div id="titleAreaRow" class="ms-tableRow">
<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a id="ctl00_onetidProjectPropertyTitleGraphic" href="/"><img id="ctl00_onetidHeadbnnr2" name="onetidHeadbnnr0" src="/SiteAssets/ThanhBinh/images/banner-thanhbinh.jpg" alt="Cổng Thông tin điện tử huyện Thanh Bình" /></a></div>
</div></div>
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">
<div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">
<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/gioi-thieu.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/tin-tuc-su-kien.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/van-ban-chi-dao-dieu-hanh.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Văn bản chỉ đạo, điều hành</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="https://dichvucong.dongthap.test.invalid/"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Dịch vụ công</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/lien-he.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Liên hệ</span></span></a></li>
</ul></div></div>
<div id="DeltaPlaceHolderSearchArea" class="ms-mpSearchBox ms-floatRight"><div id="searchInputBox"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth "><div id="SearchBox" name="Control"><input name="ctl00$PlaceHolderSearchArea$SmallSearchInputBox1$csr$sbox" type="text" maxlength="2048" accessKey="S" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" onclick="return false;" href="javascript: {}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Tìm kiếm" /></a></div></div></div></div>
</div>
<div id="contentRow">
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ10" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title" id="WebPartWPQ10_ChromeTitle"><span title="Đường dây nóng" id="WebPartTitleWPQ10"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Đường dây nóng</span><span id="WebPartCaptionWPQ10"></span></nobr></h2></span></div>
<div webpartid="a1ac275a-9fac-fc4b-815b-36f5925e205b" haspers="false" id="WebPartWPQ10" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">
<div class="ms-rtestate-field"><p><strong>Đường dây nóng UBND huyện:</strong> (0277) 3 841 xxx</p><p>Tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp về thủ tục hành chính trong giờ hành chính các ngày làm việc.</p></div>
</div><div class="ms-clear"></div></div></div></div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ11" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title" id="WebPartWPQ11_ChromeTitle"><span title="Liên kết website" id="WebPartTitleWPQ11"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Liên kết website</span><span id="WebPartCaptionWPQ11"></span></nobr></h2></span></div>
<div webpartid="5322c3d5-afbd-2172-b796-d700af2acb7c" haspers="false" id="WebPartWPQ11" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">
<div class="slm-layout-main"><ul class="dfwp-list"><li class="dfwp-item"><div class="link-item"><a href="https://dongthap.test.invalid/" target="_blank">Cổng Thông tin điện tử tỉnh Đồng Tháp</a></div></li><li class="dfwp-item"><div class="link-item"><a href="https://baodongthap.test.invalid/" target="_blank">Báo Đồng Tháp</a></div></li><li class="dfwp-item"><div class="link-item"><a href="https://dichvucong.dongthap.test.invalid/" target="_blank">Cổng Dịch vụ công tỉnh</a></div></li></ul></div>
</div><div class="ms-clear"></div></div></div></div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ12" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title" id="WebPartWPQ12_ChromeTitle"><span title="Thống kê truy cập" id="WebPartTitleWPQ12"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Thống kê truy cập</span><span id="WebPartCaptionWPQ12"></span></nobr></h2></span></div>
<div webpartid="56a2b0a8-a681-61e8-10f0-de88a844610e" haspers="false" id="WebPartWPQ12" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">
<div class="thong-ke"><p>Đang truy cập: <b>12</b></p><p>Tổng số: <b>1.038.526</b></p></div>
</div><div class="ms-clear"></div></div></div></div>
</div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="tb-breadcrumb"><span id="ctl00_PlaceHolderMain_SiteMapPath1"><a href="#ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" height="0" width="0" src="/WebResource.axd?d=8-vb67N3KvAhExiZRdbIpjUsKhs7AAPl2Lf-40Ed&amp;t=635803002620000000" style="border-width:0px;" /></a><span><a class="ms-sitemapdirectional" href="/">Trang chủ</a></span><span class="ms-sitemapdirectional"> &gt; </span><span class="ms-sitemapdirectional">Tin tức - Sự kiện</span><a id="ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"></a></span></div>
<div class="tb-page"><h1 class="tb-cat-title">Tin tức - Sự kiện</h1>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title" id="WebPartWPQ2_ChromeTitle"><span title="Tin tức - Sự kiện" id="WebPartTitleWPQ2"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Tin tức - Sự kiện</span><span id="WebPartCaptionWPQ2"></span></nobr></h2></span></div>
<div webpartid="9d7168f9-b01b-d619-f25d-e459d9c75acc" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">
<div class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">
<li class="dfwp-item tb-news-item">
<div class="image-area-left"><a href="/tin-tuc/Pages/huyen-thanh-binh-ban-giao-45-can-nha-cho-ho-ngheo.aspx"><img class="image" src="/tin-tuc/PublishingImages/ban-giao-nha-tan-quoi.jpg" alt="" width="160" /></a></div>
<div class="link-item"><a href="/tin-tuc/Pages/huyen-thanh-binh-ban-giao-45-can-nha-cho-ho-ngheo.aspx" title="Huyện Thanh Bình bàn giao 45 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở">Huyện Thanh Bình bàn giao 45 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở</a>
<span class="date">20/06/2025</span>
<div class="description">Sáng 20/6, Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Thanh Bình bàn giao 45 căn nhà cho hộ nghèo, hộ cận nghèo và hộ có hoàn cảnh khó khăn trên địa bàn huyện.</div></div>
<div class="ms-clear"></div>
</li>
<li class="dfwp-item tb-news-item">
<div class="image-area-left"><a href="/tin-tuc/Pages/huyen-uy-thanh-binh-trao-huy-hieu-dang-dot-3-2-nam-2025.aspx?utm_source=zalo&amp;utm_medium=social"><img class="image" src="/tin-tuc/PublishingImages/trao-huy-hieu-dang-3-2-2025.jpg" alt="" width="160" /></a></div>
<div class="link-item"><a href="/tin-tuc/Pages/huyen-uy-thanh-binh-trao-huy-hieu-dang-dot-3-2-nam-2025.aspx?utm_source=zalo&amp;utm_medium=social" title="Huyện ủy Thanh Bình họp mặt kỷ niệm 95 năm Ngày thành lập Đảng và trao Huy hiệu Đảng đợt 3/2">Huyện ủy Thanh Bình họp mặt kỷ niệm 95 năm Ngày thành lập Đảng và trao Huy hiệu Đảng đợt 3/2</a>
<span class="date">01/02/2025</span>
<div class="description">Sáng 01/02, Huyện ủy Thanh Bình tổ chức họp mặt kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025) và trao Huy hiệu Đảng cho 38 đảng viên.</div></div>
<div class="ms-clear"></div>
</li>
<li class="dfwp-item tb-news-item">
<div class="image-area-left"><a href="/tin-tuc/Pages/xa-binh-thanh-ra-mat-mo-hinh-dan-van-kheo-ap-sang-xanh-sach-dep.aspx"><img class="image" src="/SiteAssets/ThanhBinh/images/no-image.jpg" alt="" width="160" /></a></div>
<div class="link-item"><a href="/tin-tuc/Pages/xa-binh-thanh-ra-mat-mo-hinh-dan-van-kheo-ap-sang-xanh-sach-dep.aspx" title="Xã Bình Thành ra mắt mô hình dân vận khéo &quot;Ấp sáng - xanh - sạch - đẹp&quot;">Xã Bình Thành ra mắt mô hình dân vận khéo &quot;Ấp sáng - xanh - sạch - đẹp&quot;</a>
<span class="date">05/09/2024</span>
<div class="description">Ngày 05/9, Ban Dân vận Huyện ủy Thanh Bình phối hợp Đảng ủy xã Bình Thành ra mắt mô hình dân vận khéo &quot;Ấp sáng - xanh - sạch - đẹp&quot;.</div></div>
<div class="ms-clear"></div>
</li>
</ul></div>
<div class="tb-paging"><span class="tb-pageinfo">Trang 1/3</span> <a class="tb-next" href="/Pages/tin-tuc-su-kien.aspx?Page=2">Trang sau »</a></div>
</div><div class="ms-clear"></div></div></div></div></div>
</div>
</div>
<div id="DeltaFormDigest"></div>
</div>
<div class="tb-footer ms-dialogHidden">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH BÌNH</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Thanh Bình, tỉnh Đồng Tháp. Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện.</p>
<p>Địa chỉ: Quốc lộ 30, khóm Tân Đông A, thị trấn Thanh Bình, huyện Thanh Bình, tỉnh Đồng Tháp. Điện thoại: (0277) 3 841 xxx. Email: ubndthanhbinh@dongthap.test.invalid</p>
<p>Ghi rõ nguồn “Cổng Thông tin điện tử huyện Thanh Bình” khi phát hành lại thông tin từ Cổng này.</p>
</div>
</div>
</div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAKuGbfi0pY+9Z4gfw3yvfRuvexycLhAPTnIBrq0meCEkNsC1QZTZa5/ZFjkJCW=" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000; var _fV4UI = true;
(function(){ var d = new Date(), t = ['Chủ nhật','Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu','Thứ Bảy']; var el = document.getElementById('ngayHienTai'); if (el) el.innerHTML = t[d.getDay()] + ', ngày ' + d.getDate() + '/' + (d.getMonth()+1) + '/' + d.getFullYear(); })();
ExecuteOrDelayUntilScriptLoaded(function(){}, 'sp.js');
//]]>
</script>
</form>
</body>
</html>
