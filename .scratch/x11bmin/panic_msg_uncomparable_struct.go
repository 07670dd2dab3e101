package main

import "fmt"

type S struct{ L []int }

func main() {
	defer func() { fmt.Println(recover()) }()
	var x, y any = S{}, S{}
	// go: runtime error: comparing uncomparable type main.S
	// gobackprop: runtime error: comparing uncomparable type struct { L []int }
	fmt.Println(x == y)
}
