println(1 == 1.0, 1 != 2, 2 < 3, 3 <= 3, 4 > 5, 5 >= 5);
println("a" < "b", "abc" < "abd", "Z" < "a", 1.5 < 2);
println([1, 2] == [1, 2], [1, [2]] == [1, [2]], [1] == [1, 2], {a: 1} == {a: 1}, {a: 1} == {a: 2});
println(nil == nil, nil == false, "1" == 1, true == true);
println(1s < 2s, [1, 2] < [1, 3], 0.0 / 1 == 0);
