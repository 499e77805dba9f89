<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	Huyện đoàn Thanh Bình ra quân Chiến dịch Thanh niên tình nguyện hè
</title><link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=RnaK1BUuhHF8CsnW0nqEYG"/>
<link rel="stylesheet" type="text/css" href="/SiteAssets/ThanhBinh/css/thanhbinh.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script src="/ScriptResource.axd?d=VROZ-puOFM0ZkzLr8SQlB1YxCo6XrfiKBCHUThWTsMO_CZT1j_0J1EtRsIRr&amp;t=ffffffffb9e79735" type="text/javascript"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script type="text/javascript" src="/_layouts/15/sp.core.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script type="text/javascript" src="/_layouts/15/sp.runtime.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script type="text/javascript" src="/_layouts/15/sp.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<link rel="canonical" href="https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/huyen-doan-thanh-binh-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he.aspx" />
<script type="text/javascript">
//<![CDATA[
var _fV4UI = true; var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "https://thanhbinh.dongthap.test.invalid", siteAbsoluteUrl: "https://thanhbinh.dongthap.test.invalid", serverRequestPath: "./huyen-doan-thanh-binh-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Cổng Thông tin điện tử huyện Thanh Bình", webTemplate: "53", currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false, allowSilverlightPrompt: "True"};
//]]>
</script>
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./huyen-doan-thanh-binh-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x80027CFEB8E6EF8C6BBA8967C641F25760EB05FADBD1AAD8FED64AC0FD8E2B8C18B29BFB4060E4AD2926766C45AA0F9FE12D216CBE40612E2B9DD237B61ACABD" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFJnCXFZTsA5D3uDHNz7ppqQmNa0UedSvjSDUE02bOEUTnhdFj74VTx+HcnDFwnG7dUYaLPlGiV1ATq1Q8KounlUbJg/21ofnFG1YGVYOzamjHQ7riNUhFRCis1090+1HbMRptbyoznsry/58q1Exb8s5/xvoGDFNjKIWKF1H93Oq+AJf1slgz==" />
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
<div class="tb-breadcrumb"><span id="ctl00_PlaceHolderMain_SiteMapPath1"><a href="#ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" height="0" width="0" src="/WebResource.axd?d=8-vb67N3KvAhExiZRdbIpjUsKhs7AAPl2Lf-40Ed&amp;t=635803002620000000" style="border-width:0px;" /></a><span><a class="ms-sitemapdirectional" href="/">Trang chủ</a></span><span class="ms-sitemapdirectional"> &gt; </span><span><a class="ms-sitemapdirectional" href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></span><span class="ms-sitemapdirectional"> &gt; </span><span class="ms-sitemapdirectional">Huyện đoàn Thanh Bình ra quân Chiến dịch Thanh niên tình nguyện hè</span><a id="ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"></a></span></div>
<div class="article article-left tb-article">
<div class="article-header">
<h1 class="tb-title"><span id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_TextField">Huyện đoàn Thanh Bình ra quân Chiến dịch Thanh niên tình nguyện hè</span></h1>
<div class="date-line"><span class="luot-xem">Lượt xem: 317</span></div>
<div class="tb-tools"><a href="print.aspx?p=huyen-doan-thanh-binh-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he" target="_blank" title="In bài viết"><img src="/SiteAssets/ThanhBinh/images/print.png" alt="" /> In bài viết</a> | <a href="mailto:?subject=Huyện đoàn Thanh Bình ra quân Chiến dịch Thanh niên tình nguyện hè&amp;body=https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/huyen-doan-thanh-binh-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he.aspx">Gửi email</a> | <a href="https://www.facebook.com/sharer/sharer.php?u=https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/huyen-doan-thanh-binh-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he.aspx" target="_blank">Chia sẻ Facebook</a></div>
</div>
<div class="article-summary"><strong>Đoàn Thanh niên huyện Thanh Bình tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè với nhiều công trình, phần việc thiết thực tại các xã vùng sâu của huyện.</strong></div>
<div class="article-content">
<span id="ctl00_PlaceHolderMain_ctl02_label" style="display:none">Nội dung trang</span>
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label"><div class="ExternalClass1DA4D0DFB6CA8360D1645A8BE7300FF7">
<p style="text-align:justify;">Sáng Chủ nhật, tại xã Tân Mỹ, Ban Thường vụ Huyện đoàn Thanh Bình tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè. Tham dự có đại diện Thường trực Huyện ủy, lãnh đạo Ban Dân vận Huyện ủy cùng hơn 300 đoàn viên, thanh niên đến từ các cơ sở đoàn trong huyện.</p>
<p style="text-align:justify;">Trong đợt cao điểm, các cơ sở đoàn tập trung thực hiện 12 công trình thanh niên như thắp sáng đường quê, trồng cây xanh dọc kênh nội đồng, sửa chữa nhà nhân ái cho gia đình chính sách; đồng thời mở lớp kỹ năng sống và dạy bơi an toàn cho thiếu nhi trong những tháng nghỉ hè.</p>
<p style="text-align:justify;">Phát biểu tại buổi lễ, đại diện Thường trực Huyện ủy ghi nhận vai trò xung kích của tuổi trẻ huyện nhà, đề nghị Huyện đoàn phối hợp chặt chẽ với chính quyền các xã để các phần việc được triển khai đúng tiến độ, mang lại lợi ích thiết thực cho nhân dân.</p>
<p style="text-align:justify;">Ngay sau lễ ra quân, các đội hình tình nguyện đã dọn vệ sinh môi trường, phát quang bụi rậm trên tuyến đường liên ấp dài gần 5 km.</p>
</div></div>
</div>
</div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAKZ+x4kShOVEnpypLn+6MisrcmXaCvN/8PAJWSJBPJk4hjNqMGPxTjuPr16Zv8=" />
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
