<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Giới thiệu :: Đảng bộ xã Thạnh Phú</title>
<meta name="keywords" content="Đảng bộ xã Thạnh Phú, Thạnh Hóa, Long An, tin tức, xây dựng Đảng">
<meta name="description" content="Trang thông tin điện tử của Đảng bộ xã Thạnh Phú, huyện Thạnh Hóa, tỉnh Long An">
<meta name="author" content="Đảng ủy xã Thạnh Phú">
<link href="/css/kieu.css" rel="stylesheet" type="text/css">
<script language="javascript" type="text/javascript" src="/js/ham.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#f2f2f2">
<a name="top"></a>
<table class="khung" width="980" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr>
<td colspan="2" class="dau-trang"><div id="ngayhomnay" class="ngay-hom-nay"></div><a href="/"><img src="/hinhanh/banner-thanhphu.jpg" width="980" height="150" border="0" alt="Trang thông tin điện tử Đảng bộ xã Thạnh Phú"></a></td>
</tr>
<tr>
<td colspan="2" class="thanh-menu" bgcolor="#b30000"><a href="/">Trang chủ</a> &nbsp;|&nbsp; <a href="/gioi-thieu.asp">Giới thiệu</a> &nbsp;|&nbsp; <a href="/tin-tuc.asp">Tin tức - Sự kiện</a> &nbsp;|&nbsp; <a href="/lien-he.asp">Liên hệ</a> &nbsp;|&nbsp; <a href="/quantri/dang-nhap.asp">Quản trị</a></td>
</tr>
<tr>
<td class="cot-trai" width="240" valign="top">
<div class="box-trai">
<div class="tieude-box">TIN MỚI</div>
<ul class="ds-tinmoi">
<li><a href="/tin-tuc/chi-tiet.asp?id=489">Xã Thạnh Phú tổ chức hội nghị thông tin thời sự, chính sách mới cho cán bộ, đảng viên</a> <span class="ngay">(20/08/2024)</span></li>
<li><a href="/tin-tuc/chi-tiet.asp?id=456">Đảng ủy xã Thạnh Phú trao Huy hiệu Đảng đợt 7/11 cho 9 đảng viên</a> <span class="ngay">(07/11/2023)</span></li>
<li><a href="/tin-tuc/chi-tiet.asp?id=421">Đảng ủy xã Thạnh Phú triển khai công tác bảo vệ nền tảng tư tưởng của Đảng năm 2023</a> <span class="ngay">(15/03/2023)</span></li>
<li><a href="/tin-tuc/chi-tiet.asp?id=398">Xã Thạnh Phú tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022</a> <span class="ngay">(15/11/2022)</span></li>
<li><a href="/tin-tuc/chi-tiet.asp?id=347">Đảng bộ xã Thạnh Phú tổng kết công tác xây dựng Đảng năm 2021</a> <span class="ngay">(06/01/2022)</span></li>
</ul>
</div>
<div class="box-trai">
<div class="tieude-box">LIÊN KẾT WEBSITE</div>
<ul class="ds-lienket">
<li><a href="https://thanhhoa.longan.test.invalid/" target="_blank">Đảng bộ huyện Thạnh Hóa</a></li>
<li><a href="https://longan.test.invalid/" target="_blank">Cổng thông tin điện tử tỉnh Long An</a></li>
<li><a href="https://baolongan.test.invalid/" target="_blank">Báo Long An</a></li>
</ul>
</div>
</td>
<td class="cot-giua" valign="top">
<div class="duong-dan"><a href="/">Trang chủ</a> &raquo; Giới thiệu</div>
<div class="khung-tin">
<h1 class="tieude">Giới thiệu chung về xã Thạnh Phú</h1>
<div class="noidung-tin">
<p align="justify">Thạnh Phú là một trong các xã của huyện Thạnh Hóa, tỉnh Long An, thuộc vùng Đồng Tháp Mười. Địa hình của xã tương đối bằng phẳng, đất đai phần lớn là đất phèn, được cải tạo qua nhiều năm nhờ hệ thống kênh, rạch thủy lợi. Sản xuất lúa là thế mạnh chính; những năm gần đây, một số hộ chuyển sang trồng thanh long, khóm và nuôi thủy sản.</p>
<p align="justify">Đảng bộ xã trực thuộc Huyện ủy Thạnh Hóa, gồm các chi bộ ấp, chi bộ cơ quan, chi bộ trường học và chi bộ quân sự, công an. Dưới sự lãnh đạo của Đảng ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội của xã thường xuyên đổi mới phương thức hoạt động, hướng mạnh về khu dân cư.</p>
<p align="justify">Trang thông tin điện tử Đảng bộ xã Thạnh Phú là kênh thông tin của Đảng ủy xã, phản ánh hoạt động xây dựng Đảng, phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh ở địa phương. Ban biên tập mong nhận được ý kiến góp ý và tin, bài cộng tác của cán bộ, đảng viên và Nhân dân.</p>
</div>
</div>
</td>
</tr>
<tr>
<td colspan="2" class="chan-trang" id="footer" align="center">
<b>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ THẠNH PHÚ</b><br>
Cơ quan chủ quản: Đảng ủy xã Thạnh Phú, huyện Thạnh Hóa, tỉnh Long An<br>
Chịu trách nhiệm nội dung: Văn phòng Đảng ủy xã. Điện thoại: (0272) 3 8xx xxx<br>
Ghi rõ nguồn khi phát hành lại thông tin từ trang này.<br>
<i>Xem tốt nhất với độ phân giải 1024 x 768</i>
</td>
</tr>
</table>
<script language="javascript" type="text/javascript">
var thu = new Array("Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy");
var d = new Date();
document.getElementById("ngayhomnay").innerHTML = thu[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear();
</script>
</body>
</html>
