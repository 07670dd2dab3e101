package main

import "fmt"

type Tree map[string]Tree

func main() {
	t := Tree{"a": {}}
	fmt.Println(len(t), len(t["a"]))
}
