package main

import "fmt"

type L []L

func main() {
	l := L{{}, {{}, {}}}
	fmt.Println(len(l), len(l[1]))
}
