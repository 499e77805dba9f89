<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Đăng nhập quản trị</title></head>
<body><form method="post" action="./login.aspx"><p>Tên đăng nhập: <input type="text" name="txtUser" /></p><p>Mật khẩu: <input type="password" name="txtPass" /></p><input type="submit" value="Đăng nhập" /></form></body></html>
