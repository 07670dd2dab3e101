package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{"failed"}
	}
	return e // typed nil when !fail
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " woofs" }

type Key struct{ a, b any }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(mayFailFixed(false) == nil)

	var a1, a2 Animal = Dog{"rex"}, Dog{"rex"}
	fmt.Println(a1 == a2, a1 != Dog{"max"})
	var x any = 3
	var y any = 3.0
	var z any = int64(3)
	fmt.Println(x == y, x == z, x == 3, y == 3.0)

	var e1 error = &MyErr{"same"}
	var e2 error = &MyErr{"same"}
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	s1, s2 := errors.New("s"), errors.New("s")
	fmt.Println(s1 == s2, s1 == s1)

	m := map[any]int{}
	m[Key{1, "x"}] = 1
	m[Key{1, "x"}]++
	fmt.Println(m[Key{1, "x"}], len(m))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p, q any = []int{1}, []int{1}
		fmt.Println(p == q)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[Key{[]int{1}, 2}] = 5
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k1, k2 := Key{map[int]int{}, 1}, Key{1, 1}
		fmt.Println("differing dynamic types:", k1 == k2)
		fmt.Println(k1 == k1)
	}()
	var an Animal
	fmt.Println(an == nil, fmt.Sprint(an))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(an.Sound())
	}()
}
