package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ws := []string{"ccc", "a", "bb", "dddd", "ee"}
	sort.Stable(byLen(ws))
	fmt.Println(ws)
	sort.Sort(sort.Reverse(byLen(ws)))
	fmt.Println(ws, sort.IsSorted(byLen(ws)))
	fs := sort.Float64Slice{2.5, -1, 3}
	fs.Sort()
	ss := sort.StringSlice{"b", "a"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(fs, ss, fs.Search(2.5), sort.SearchStrings([]string{"a", "c"}, "b"))
}
