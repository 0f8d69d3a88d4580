// flags: --virtual-time
let double_later = async |v| {
    sleep(10ms).await;
    v * 2
};
let f = double_later(21);
println(typeof(double_later), typeof(f));
println(f.await);
println(join(double_later(1), double_later(2)).await);
