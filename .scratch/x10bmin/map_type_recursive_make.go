package main

import "fmt"

type Tree map[string]Tree

func main() {
	t := make(Tree)
	t["a"] = make(Tree)
	t["a"]["b"] = nil
	fmt.Println(len(t), len(t["a"]))
}
