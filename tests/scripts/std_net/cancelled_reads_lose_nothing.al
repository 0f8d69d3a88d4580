// A read cancelled by a timeout or a select loses no data: bytes already received
// stay for the next read, half a line included. The server writes only when told to.
import std.net;
let listener = net.listen("127.0.0.1", 0).await;
let go = channel();
spawn(async {
    let conn = listener.accept().await;
    go.recv().await;
    conn.write("first half ").await;
    go.recv().await;
    conn.write("second half\nand more\n").await;
    go.recv().await;
    conn.close();
});
let conn = net.connect("127.0.0.1", listener.port).await;
println(try { timeout(20ms, conn.read_line()).await } catch e { e.message });
go.send(1).await;
sleep(100ms).await;
println(try { timeout(20ms, conn.read_line()).await } catch e { e.message });
let s = select(conn.read_line(), sleep(20ms)).await;
println("select:", s.index);
go.send(2).await;
println(conn.read_line().await);
println(conn.read_line().await);
go.send(3).await;
println(conn.read_line().await);
