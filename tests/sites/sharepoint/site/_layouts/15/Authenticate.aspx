<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><title>Đăng nhập</title></head>
<body><form method="post" action="./Authenticate.aspx" id="aspnetForm"><div id="s4-workspace"><div id="s4-bodyContainer">
<h1>Đăng nhập vào Cổng Thông tin điện tử huyện Thanh Bình</h1>
<p><label>Tên người dùng <input type="text" name="ctl00$PlaceHolderMain$signInControl$UserName" /></label></p>
<p><label>Mật khẩu <input type="password" name="ctl00$PlaceHolderMain$signInControl$password" /></label></p>
<p><input type="submit" value="Đăng nhập" /></p>
</div></div></form></body></html>
