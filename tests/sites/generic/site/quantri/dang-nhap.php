<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Quản trị | Ban Tuyên giáo Tỉnh ủy Nam Định</title></head>
<body><div id="khung"><h1>Đăng nhập quản trị</h1>
<form method="post" action="/quantri/dang-nhap.php"><p>Tài khoản: <input type="text" name="user" /></p><p>Mật khẩu: <input type="password" name="pass" /></p><p><input type="submit" value="Đăng nhập" /></p></form>
</div></body></html>
