package main

import "fmt"

func logRecover(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
	}
}

func work(n int) (res int) {
	defer logRecover(fmt.Sprint("work", n))
	res = 10 / n
	return res
}

func main() {
	fmt.Println(work(2))
	fmt.Println(work(0))
	fmt.Println("after")
}
