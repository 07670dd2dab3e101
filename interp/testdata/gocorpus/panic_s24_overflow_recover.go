package main

import "fmt"

func deep(n int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	return deep(n + 1)
}

func main() {
	fmt.Println("start")
	deep(0)
	fmt.Println("not reached")
}
