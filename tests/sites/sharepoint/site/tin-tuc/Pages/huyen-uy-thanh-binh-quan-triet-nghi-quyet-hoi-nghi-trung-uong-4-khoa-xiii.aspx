<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	Huyện ủy Thanh Bình học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII
</title><link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=RnaK1BUuhHF8CsnW0nqEYG"/>
<link rel="stylesheet" type="text/css" href="/SiteAssets/ThanhBinh/css/thanhbinh.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script src="/ScriptResource.axd?d=An8Kg3N6AmtAAdpV6Fd9UipVOlRtwMi7CW7wIcEtPB0ZCXQp-mZTr3lqWO-t&amp;t=ffffffffb9e79735" type="text/javascript"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script type="text/javascript" src="/_layouts/15/sp.core.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script type="text/javascript" src="/_layouts/15/sp.runtime.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<script type="text/javascript" src="/_layouts/15/sp.js?rev=RnaK1BUuhHF8CsnW0nqEYG"></script>
<link rel="canonical" href="https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/huyen-uy-thanh-binh-quan-triet-nghi-quyet-hoi-nghi-trung-uong-4-khoa-xiii.aspx" />
<script type="text/javascript">
//<![CDATA[
var _fV4UI = true; var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "https://thanhbinh.dongthap.test.invalid", siteAbsoluteUrl: "https://thanhbinh.dongthap.test.invalid", serverRequestPath: "./huyen-uy-thanh-binh-quan-triet-nghi-quyet-hoi-nghi-trung-uong-4-khoa-xiii.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Cổng Thông tin điện tử huyện Thanh Bình", webTemplate: "53", currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false, allowSilverlightPrompt: "True"};
//]]>
</script>
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./huyen-uy-thanh-binh-quan-triet-nghi-quyet-hoi-nghi-trung-uong-4-khoa-xiii.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x15E411988249A0DB67DC3F8A0C3DA43467BB191D9F664E7C6F2E847A563E2B54BB4A3EEACB9E6518640196389B3897765E5B752D3D2B5A64228991C6FBEE0143,20 Jun 2025 02:13:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFiU3IED1X2IymJWw8gnDJwpcwmf8zBVdjgs5WYO5T9xUyOD0l91Pglnt73cFT99p3r5Cy3QDgHvcGig7+cBNK5rXRtc+boZ+8d29+fezRnS7KbY6UJgUUNos2Iu84xyWzUDCyyuI7IaD/EyKyahOCI7UQDaXjHEliANZb24csEDZjSF2LdPzk==" />
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
<div class="tb-breadcrumb"><span id="ctl00_PlaceHolderMain_SiteMapPath1"><a href="#ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" height="0" width="0" src="/WebResource.axd?d=8-vb67N3KvAhExiZRdbIpjUsKhs7AAPl2Lf-40Ed&amp;t=635803002620000000" style="border-width:0px;" /></a><span><a class="ms-sitemapdirectional" href="/">Trang chủ</a></span><span class="ms-sitemapdirectional"> &gt; </span><span><a class="ms-sitemapdirectional" href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></span><span class="ms-sitemapdirectional"> &gt; </span><span class="ms-sitemapdirectional">Huyện ủy Thanh Bình học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII</span><a id="ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"></a></span></div>
<div class="article article-left tb-article">
<div class="article-header">
<h1 class="tb-title"><span id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_TextField">Huyện ủy Thanh Bình học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII</span></h1>
<div class="date-line"><span id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_DateTimeField">14/12/2021 10:00</span> <span class="luot-xem">Lượt xem: 948</span></div>
<div class="tb-tools"><a href="print.aspx?p=huyen-uy-thanh-binh-quan-triet-nghi-quyet-hoi-nghi-trung-uong-4-khoa-xiii" target="_blank" title="In bài viết"><img src="/SiteAssets/ThanhBinh/images/print.png" alt="" /> In bài viết</a> | <a href="mailto:?subject=Huyện ủy Thanh Bình học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII&amp;body=https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/huyen-uy-thanh-binh-quan-triet-nghi-quyet-hoi-nghi-trung-uong-4-khoa-xiii.aspx">Gửi email</a> | <a href="https://www.facebook.com/sharer/sharer.php?u=https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/huyen-uy-thanh-binh-quan-triet-nghi-quyet-hoi-nghi-trung-uong-4-khoa-xiii.aspx" target="_blank">Chia sẻ Facebook</a></div>
</div>
<div class="article-summary"><strong>Ban Thường vụ Huyện ủy Thanh Bình tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XIII cho cán bộ chủ chốt của huyện.</strong></div>
<div class="article-content">
<span id="ctl00_PlaceHolderMain_ctl02_label" style="display:none">Nội dung trang</span>
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label"><div class="ExternalClass0F9A4AAB7195221C5D6DD6850EBD5FFB">
<p style="text-align:justify;">Ngày 14/12, Ban Thường vụ Huyện ủy Thanh Bình tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII. Hội nghị được tổ chức trực tiếp tại hội trường Huyện ủy và trực tuyến đến các điểm cầu xã, thị trấn, bảo đảm các biện pháp phòng, chống dịch COVID-19.</p>
<p style="text-align:justify;">Các đại biểu được nghe quán triệt những nội dung cơ bản của Kết luận số 21-KL/TW ngày 25/10/2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện &quot;tự diễn biến&quot;, &quot;tự chuyển hóa&quot;; cùng với Quy định số 37-QĐ/TW về những điều đảng viên không được làm.</p>
<p style="text-align:justify;">Sau hội nghị, các chi, đảng bộ trực thuộc tiếp tục tổ chức học tập cho toàn thể đảng viên; mỗi cán bộ, đảng viên xây dựng kế hoạch cá nhân về tu dưỡng, rèn luyện, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.</p>
<p style="text-align:justify;">Phát biểu bế mạc, đồng chí Bí thư Huyện ủy yêu cầu cấp ủy các cấp cụ thể hóa nghị quyết bằng chương trình hành động phù hợp với thực tế địa phương; người đứng đầu phải gương mẫu, nói đi đôi với làm, chịu trách nhiệm trước tập thể về kết quả thực hiện ở cơ quan, đơn vị mình.</p>
</div></div>
</div>
<div class="article-byline">Tác giả: <span id="ctl00_PlaceHolderMain_ctl05__ControlWrapper_TextField">Bích Trâm</span></div>
</div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title" id="WebPartWPQ3_ChromeTitle"><span title="Tin khác" id="WebPartTitleWPQ3"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Tin khác</span><span id="WebPartCaptionWPQ3"></span></nobr></h2></span></div>
<div webpartid="2d1e81b3-09a0-040f-68d0-91be61e11d39" haspers="false" id="WebPartWPQ3" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">
<div id="cbqwpctl00_ctl49_g_03872107_11f4_c9c7_db3e_0598e3f59142" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%"><li class="dfwp-item"><div class="item link-item"><a href="/tin-tuc/Pages/huyen-thanh-binh-ban-giao-45-can-nha-cho-ho-ngheo.aspx" title="Huyện Thanh Bình bàn giao 45 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở">Huyện Thanh Bình bàn giao 45 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở</a><span class="ngay">20/06/2025</span></div></li><li class="dfwp-item"><div class="item link-item"><a href="/tin-tuc/Pages/huyen-uy-thanh-binh-trao-huy-hieu-dang-dot-3-2-nam-2025.aspx" title="Huyện ủy Thanh Bình họp mặt kỷ niệm 95 năm Ngày thành lập Đảng và trao Huy hiệu Đảng đợt 3/2">Huyện ủy Thanh Bình họp mặt kỷ niệm 95 năm Ngày thành lập Đảng và trao Huy hiệu Đảng đợt 3/2</a><span class="ngay">01/02/2025</span></div></li><li class="dfwp-item"><div class="item link-item"><a href="/tin-tuc/Pages/xa-binh-thanh-ra-mat-mo-hinh-dan-van-kheo-ap-sang-xanh-sach-dep.aspx" title="Xã Bình Thành ra mắt mô hình dân vận khéo &quot;Ấp sáng - xanh - sạch - đẹp&quot;">Xã Bình Thành ra mắt mô hình dân vận khéo &quot;Ấp sáng - xanh - sạch - đẹp&quot;</a><span class="ngay">05/09/2024</span></div></li><li class="dfwp-item"><div class="item link-item"><a href="/tin-tuc/Pages/hoi-lhpn-huyen-thanh-binh-hop-mat-ky-niem-ngay-quoc-te-phu-nu-8-3.aspx" title="Hội LHPN huyện Thanh Bình họp mặt kỷ niệm 114 năm Ngày Quốc tế Phụ nữ">Hội LHPN huyện Thanh Bình họp mặt kỷ niệm 114 năm Ngày Quốc tế Phụ nữ</a><span class="ngay">08/03/2024</span></div></li></ul></div>
</div><div class="ms-clear"></div></div></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAKz8+NX8Pv1qTISqhkGoeXlGqMfx58AL8ldRt+fwbPZzsxET4E3VzpDf6E6VgJ=" />
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
