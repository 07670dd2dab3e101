package main

import "fmt"

func main() {
	var _ int
	var _ = fmt.Sprint(1)
	fmt.Println("ok")
}
