package main

import (
	"fmt"
	"sort"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type people []struct {
	Name string
	Age  int
}

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits)
	sort.Sort(sort.Reverse(byLength(fruits)))
	fmt.Println(fruits, sort.IsSorted(byLength(fruits)))
	sort.Stable(byLength(fruits))
	fmt.Println(fruits)
}
