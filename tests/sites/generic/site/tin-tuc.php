<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Tin tức - Sự kiện | Ban Tuyên giáo Tỉnh ủy Nam Định</title>
<meta name="description" content="Trang thông tin điện tử của Ban Tuyên giáo Tỉnh ủy Nam Định" />
<meta name="keywords" content="tuyên giáo, Nam Định, Tỉnh ủy Nam Định, bảo vệ nền tảng tư tưởng của Đảng" />
<meta property="og:title" content="Tin tức - Sự kiện" />
<meta property="og:type" content="website" />
<meta property="og:url" content="https://btgnamdinh.test.invalid/tin-tuc.php" />
<link rel="canonical" href="https://btgnamdinh.test.invalid/tin-tuc.php" />
<link rel="shortcut icon" href="/images/favicon.ico" />
<link rel="stylesheet" type="text/css" href="/css/style.css?v=3" />
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/js/chung.js?v=3"></script>
</head>
<body>
<div id="khung">
<div id="top">
<div class="trai" id="ngayhomnay"></div>
<div class="phai"><a href="/">Trang chủ</a> | <a href="/so-do-site.php">Sơ đồ site</a> | <a href="/lien-he.php">Liên hệ</a> | <a href="/quantri/dang-nhap.php" rel="nofollow">Đăng nhập</a></div>
</div>
<div id="header"><a href="/"><img src="/images/banner-btg-namdinh.jpg" width="1000" height="160" alt="Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Nam Định" /></a></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.php">Giới thiệu</a></li><li class="active"><a href="/tin-tuc.php">Tin tức - Sự kiện</a></li><li><a href="/van-ban.php">Văn bản - Tài liệu</a></li><li><a href="/so-do-site.php">Sơ đồ site</a></li><li><a href="/lien-he.php">Liên hệ</a></li></ul>
<form id="timkiem" method="get" action="/tim-kiem.php"><input type="text" name="tukhoa" value="" placeholder="Từ khóa..." /><input type="submit" value="Tìm" /></form>
</div>
<div id="noidungchinh">
<div id="cot-trai">
<div class="box-trai"><div class="box-title">CHUYÊN MỤC</div>
<ul class="ds-chuyenmuc"><li><a href="/tin-tuc.php">Tin tức - Sự kiện</a></li><li><a href="/van-ban.php">Văn bản - Tài liệu</a></li><li><a href="/gioi-thieu.php">Giới thiệu</a></li></ul></div>
<div class="box-trai"><div class="box-title">ĐỌC NHIỀU</div><ul class="ds-tin"><li><a href="/tin-tuc/chi-tiet.php?id=2043">Hội nghị báo cáo viên Tỉnh ủy Nam Định tháng 6 năm 2024</a> <i>(18/06/2024)</i></li><li><a href="/tin-tuc/chi-tiet.php?id=1805">Tỉnh ủy Nam Định sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy</a> <i>(20/12/2022)</i></li><li><a href="/tin-tuc/chi-tiet.php?id=1650">Nam Định phát động Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ hai</a> <i>(22/05/2022)</i></li><li><a href="/tin-tuc/chi-tiet.php?id=2187">Ban Tuyên giáo Tỉnh ủy tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025</a> <i>(09/01/2025)</i></li></ul></div>
<div class="box-trai"><div class="box-title">THỐNG KÊ</div><p>Đang online: <b>15</b></p><p>Tổng lượt: <b>2.345.678</b></p></div>
</div>
<div id="main">
<div class="duongdan"><a href="/">Trang chủ</a> &gt; Tin tức - Sự kiện</div>
<div class="box">
<div class="box-title">TIN TỨC - SỰ KIỆN</div>
<div class="tin">
<a href="/tin-tuc/chi-tiet.php?id=2187"><img class="anh" src="/upload/images/2025/01/tong-ket-tuyen-giao-2024.jpg" width="140" height="95" alt="" /></a>
<a class="tieude-tin" href="/tin-tuc/chi-tiet.php?id=2187">Ban Tuyên giáo Tỉnh ủy tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025</a>
<span class="date">09/01/2025</span>
<p>Chiều 09/01, Ban Tuyên giáo Tỉnh ủy Nam Định tổ chức hội nghị tổng kết công tác tuyên giáo năm 2024, triển khai nhiệm vụ năm 2025.</p>
<div class="clear"></div>
</div>
<div class="tin">
<a href="/tin-tuc/chi-tiet.php?id=2043"><img class="anh" src="/images/no-image.jpg" width="140" height="95" alt="" /></a>
<a class="tieude-tin" href="/tin-tuc/chi-tiet.php?id=2043">Hội nghị báo cáo viên Tỉnh ủy Nam Định tháng 6 năm 2024</a>
<span class="date">18/06/2024</span>
<p>Sáng 18/6, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên Tỉnh ủy định kỳ tháng 6 năm 2024 theo hình thức trực tiếp kết hợp trực tuyến.</p>
<div class="clear"></div>
</div>
<div class="tin">
<a href="/tin-tuc/chi-tiet.php?id=1962&amp;utm_source=zalo&amp;utm_medium=social"><img class="anh" src="/upload/images/2023/11/toa-dam-bao-chi-35.jpg" width="140" height="95" alt="" /></a>
<a class="tieude-tin" href="/tin-tuc/chi-tiet.php?id=1962&amp;utm_source=zalo&amp;utm_medium=social">Tọa đàm phát huy vai trò của báo chí, truyền thông trong bảo vệ nền tảng tư tưởng của Đảng</a>
<span class="date">22/11/2023</span>
<p>Ban Tuyên giáo Tỉnh ủy Nam Định phối hợp với Hội Nhà báo tỉnh tổ chức tọa đàm về vai trò của báo chí, truyền thông trong bảo vệ nền tảng tư tưởng của Đảng.</p>
<div class="clear"></div>
</div>
<div class="phantrang">Trang: <b>1</b> <a href="/tin-tuc.php?trang=2">2</a> <a href="/tin-tuc.php?trang=3">3</a> <a href="/tin-tuc.php?trang=2">»</a></div>
</div>
</div>
<div id="cot-phai">
<div class="box-phai"><a href="/tin-tuc.php"><img src="/images/qc/hoc-tap-lam-theo-bac.jpg" width="230" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" /></a></div>
<div class="box-phai"><div class="box-title">LIÊN KẾT</div>
<select onchange="if(this.value!='') window.open(this.value);"><option value="">-- Chọn website --</option><option value="https://tuyengiao.test.invalid/">Tạp chí Tuyên giáo</option><option value="https://namdinh.test.invalid/">Cổng TTĐT tỉnh Nam Định</option><option value="https://baonamdinh.test.invalid/">Báo Nam Định</option></select>
<p><a href="https://baonamdinh.test.invalid/" target="_blank">Báo Nam Định điện tử</a></p></div>
</div>
<div class="clear"></div>
</div>
<div id="footer">
<p><b>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO TỈNH ỦY NAM ĐỊNH</b></p>
<p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Nam Định. Chịu trách nhiệm: Phó Trưởng Ban Thường trực.</p>
<p>Địa chỉ: số 74 đường Trần Hưng Đạo, thành phố Nam Định, tỉnh Nam Định. Điện thoại: (0228) 3 849 xxx. Email: btg@btgnamdinh.test.invalid</p>
<p>Ghi rõ nguồn khi trích dẫn thông tin từ website này.</p>
</div>
</div>
<script type="text/javascript">
var thu = new Array('Chủ nhật','Thứ hai','Thứ ba','Thứ tư','Thứ năm','Thứ sáu','Thứ bảy'); var d = new Date();
document.getElementById('ngayhomnay').innerHTML = thu[d.getDay()] + ', ngày ' + d.getDate() + '/' + (d.getMonth()+1) + '/' + d.getFullYear();
</script>
</body>
</html>
