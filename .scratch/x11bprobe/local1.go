package main

import "fmt"

type T struct{ X int }

func local() any {
	type T struct{ X int }
	return T{2}
}

func other() any {
	type T struct{ Y string }
	return T{"y"}
}

func main() {
	v := local()
	_, isT := v.(T)
	fmt.Println(isT, v == any(T{2}))
	fmt.Printf("%T %v %+v %T\n", v, v, other(), other())
	switch v.(type) {
	case T:
		fmt.Println("package T")
	default:
		fmt.Println("other")
	}
	type P struct{ A int }
	p := P{1}
	fmt.Printf("%T %+v\n", p, p)
}
