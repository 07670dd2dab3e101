package main

import (
	"fmt"
	"sort"
	"strings"
)

type entry struct {
	ts  int
	val string
}

// TimeMap is LeetCode 981: time based key-value store.
type TimeMap struct {
	data map[string][]entry
}

func NewTimeMap() *TimeMap { return &TimeMap{data: make(map[string][]entry)} }

func (t *TimeMap) Set(key, value string, timestamp int) {
	t.data[key] = append(t.data[key], entry{timestamp, value})
}

func (t *TimeMap) Get(key string, timestamp int) string {
	es := t.data[key]
	i := sort.Search(len(es), func(i int) bool { return es[i].ts > timestamp })
	if i == 0 {
		return ""
	}
	return es[i-1].val
}

// SnapshotArray is LeetCode 1146.
type SnapshotArray struct {
	hist   [][]entry
	snapID int
}

func NewSnapshotArray(n int) *SnapshotArray {
	s := &SnapshotArray{hist: make([][]entry, n)}
	for i := range s.hist {
		s.hist[i] = []entry{{0, "0"}}
	}
	return s
}

func (s *SnapshotArray) Set(index int, val string) {
	h := s.hist[index]
	if last := &h[len(h)-1]; last.ts == s.snapID {
		last.val = val
		return
	}
	s.hist[index] = append(h, entry{s.snapID, val})
}

func (s *SnapshotArray) Snap() int {
	s.snapID++
	return s.snapID - 1
}

func (s *SnapshotArray) Get(index, snap int) string {
	h := s.hist[index]
	i := sort.Search(len(h), func(i int) bool { return h[i].ts > snap }) - 1
	return h[i].val
}

func main() {
	tm := NewTimeMap()
	tm.Set("foo", "bar", 1)
	fmt.Printf("%q %q\n", tm.Get("foo", 1), tm.Get("foo", 3))
	tm.Set("foo", "bar2", 4)
	fmt.Printf("%q %q %q %q\n", tm.Get("foo", 4), tm.Get("foo", 5), tm.Get("foo", 0), tm.Get("nope", 9))

	for ts, v := range strings.Fields("low mid high") {
		tm.Set("level", v, (ts+1)*10)
	}
	for _, q := range []int{5, 10, 15, 29, 30, 100} {
		fmt.Printf("level@%d=%q ", q, tm.Get("level", q))
	}
	fmt.Println()

	sa := NewSnapshotArray(3)
	sa.Set(0, "5")
	fmt.Println(sa.Snap())
	sa.Set(0, "6")
	sa.Set(0, "7")
	sa.Set(2, "x")
	fmt.Println(sa.Get(0, 0), sa.Snap(), sa.Get(0, 1), sa.Get(2, 0), sa.Get(2, 1), sa.Get(1, 1))
	fmt.Printf("%v\n%+v\n", sa.hist, tm.data["foo"])
}
