// The futures of std.net warn like every other built-in's when dropped unawaited; they do
// nothing (an unawaited connect does not connect).
import std.net;
let l = net.listen("127.0.0.1", 0).await;
net.connect("127.0.0.1", l.port);
l.accept();
let c = net.connect("127.0.0.1", l.port).await;
let s = l.accept().await;
c.write("x");
c.read();
c.read_line();
s.write("ok\n").await;
println(c.read_line().await);
