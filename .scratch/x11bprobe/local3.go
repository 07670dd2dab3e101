package main

import "fmt"

func one() any {
	type T struct{ X int }
	return T{1}
}

func two() any {
	type T struct{ Y string }
	return T{"y"}
}

func main() {
	fmt.Println(one(), two())
}
