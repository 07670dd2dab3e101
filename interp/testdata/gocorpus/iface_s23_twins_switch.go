// Exercises: a type switch and assertions on any holding two same-shape structs (one with methods), named floats with methods, map[any] keys of twins, pointers to twins
package main

import "fmt"

type Dog struct{ name string }
type Fish struct{ name string }

func (d Dog) Speak() string { return d.name }
func (d Fish) swim() string { return d.name }

type C float64
type F float64

func (C) a() {}
func (F) b() {}

func kind(x any) string {
	switch x.(type) {
	case Dog:
		return "dog"
	case Fish:
		return "fish"
	case C:
		return "C"
	case F:
		return "F"
	}
	return "?"
}

func main() {
	things := []any{Dog{"rex"}, Fish{"nemo"}, C(1), F(2)}
	fmt.Printf("%T %T\n", things[0], things[1])
	for _, t := range things {
		fmt.Print(kind(t), " ")
	}
	fmt.Println()
	var a any = Fish{"x"}
	fmt.Println(kind(a))
	_, ok := a.(Dog)
	fmt.Println(ok)
	var c any = F(3)
	_, ok = c.(C)
	fmt.Println(ok, kind(c))
	m := map[any]int{}
	m[Fish{"a"}]++
	m[Fish{"a"}]++
	fmt.Println(len(m))
}

func init() {
	m := map[any]string{Fish{"a"}: "fish", Dog{"a"}: "dog"}
	m[Fish{"b"}] = "fish2"
	fmt.Println(len(m), m[Fish{"a"}], m[Dog{"a"}], m[Fish{"b"}], m[Dog{"b"}] == "")
	for _, k := range []any{Fish{"a"}, Dog{"a"}, &Fish{"p"}} {
		_, isF := k.(Fish)
		_, isD := k.(Dog)
		_, isPF := k.(*Fish)
		_, isPD := k.(*Dog)
		fmt.Println(isF, isD, isPF, isPD)
	}
	var pf any = &Fish{"q"}
	pf.(*Fish).name = "r"
	fmt.Printf("%v %+v %T\n", pf, pf, pf)
	fmt.Println(Fish{"a"} == Fish{"a"}, any(Fish{"a"}) == any(Dog{"a"}), any(Fish{"a"}) == any(Fish{"a"}))
}
