package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func mk(xs []string) byLen { return byLen(xs) }

func main() {
	xs := []string{"ccc", "a", "bb"}
	sort.Sort(mk(xs))
	fmt.Println(xs)
}
