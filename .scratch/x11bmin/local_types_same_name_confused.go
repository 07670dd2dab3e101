package main

import "fmt"

type T struct{ X int }

func a() any {
	type T struct{ X int }
	return T{1}
}

func b() any {
	type T struct{ Y string }
	return T{"y"}
}

func main() {
	// go: {1} {y}; gobackprop: CompileError: cannot convert "y" to int
	fmt.Println(a(), b())
}
