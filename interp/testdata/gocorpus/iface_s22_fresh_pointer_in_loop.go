package main

import "fmt"

type FF struct{ name string }

type M interface{ Name() string }

func (f *FF) Name() string { return f.name }

func mk(n string) M { return &FF{n} }

func mk2(n string) *FF { return &FF{n} }

type V struct{ name string }

func (v V) Name() string { return v.name }

func main() {
	a, b := mk("a"), mk("b")
	fmt.Println("factory", a.Name(), b.Name())
	var xs []M
	for _, n := range []string{"a", "b"} {
		xs = append(xs, mk(n))
	}
	fmt.Println("factoryloop", xs[0].Name(), xs[1].Name())
	var ys []M
	for _, n := range []string{"a", "b"} {
		ys = append(ys, mk2(n))
	}
	fmt.Println("ptrfactoryloop", ys[0].Name(), ys[1].Name())
	var zs []M
	for _, n := range []string{"a", "b"} {
		zs = append(zs, V{n})
	}
	fmt.Println("value", zs[0].Name(), zs[1].Name())
	m := map[int]M{}
	for i := 0; i < 2; i++ {
		m[i] = &FF{fmt.Sprint(i)}
	}
	fmt.Println("mapidx", m[0].Name(), m[1].Name())
	arr := [2]M{}
	for i := 0; i < 2; i++ {
		arr[i] = &FF{fmt.Sprint(i)}
	}
	fmt.Println("arr", arr[0].Name(), arr[1].Name())
}
