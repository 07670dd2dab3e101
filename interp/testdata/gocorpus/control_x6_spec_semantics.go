// Exercises: spec semantics: array copies, range copies, append aliasing, deferred changes to named results with recover, method values of func types, struct keys, interface == struct, fallthrough, goto
package main

import (
	"errors"
	"fmt"
)

type T struct{ a, b int }

func (t T) Sum() int     { return t.a + t.b }
func (t *T) Scale(k int) { t.a *= k; t.b *= k }

func f() (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			result = -1
		}
	}()
	defer func() { result *= 2 }()
	result = 21
	var m map[string]int
	m["x"] = 1
	return result, nil
}

func g() (x int) {
	defer func() { x++ }()
	return 41
}

type Op func(int, int) int

func (o Op) apply(a, b int) int { return o(a, b) }

func main() {
	arr := [3][2]int{{1, 2}, {3, 4}, {5, 6}}
	cp := arr
	cp[1][0] = 99
	fmt.Println(arr, cp, arr == cp)
	ts := []T{{1, 2}, {3, 4}}
	for _, t := range ts {
		t.Scale(10)
	}
	fmt.Println(ts)
	for i := range ts {
		ts[i].Scale(10)
	}
	fmt.Println(ts, ts[0].Sum())
	pt := &ts[1]
	ts = append(ts, T{5, 6})
	pt.a = -1
	fmt.Println(ts[1].a == -1 || cap(ts) == 2, len(ts))
	fmt.Println(f())
	fmt.Println(g())
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.apply(2, 3), Op.apply(add, 4, 5))
	var e1 error = errors.New("x")
	var e2 error = errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	type key struct{ x, y int }
	m := map[key][]string{}
	m[key{1, 2}] = append(m[key{1, 2}], "a")
	m[key{1, 2}] = append(m[key{1, 2}], "b")
	fmt.Println(m, len(m[key{0, 0}]))
	var iface interface{} = T{1, 2}
	fmt.Println(iface == T{1, 2}, iface == any(T{2, 1}))
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 10:
		fmt.Println("fell")
	default:
		fmt.Println("default")
	}
	i := 0
loop:
	if i < 3 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
}
