package main

import "fmt"

type Temp int

func (Temp) String() string { return "package Temp" }

func main() {
	type Temp int
	fmt.Println(Temp(3))
}
