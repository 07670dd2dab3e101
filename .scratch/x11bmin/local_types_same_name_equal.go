package main

import "fmt"

func a() any {
	type T struct{ X int }
	return T{1}
}

func b() any {
	type T struct{ X int }
	return T{1}
}

func main() {
	// go: false (two distinct types); gobackprop: true
	fmt.Println(a() == b())
}
