package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

type Roster struct {
	head *rnode
	size int
}

type rnode struct {
	s    Student
	next *rnode
}

func (r *Roster) Prepend(s Student) {
	r.head = &rnode{s, r.head}
	r.size++
}

func (r *Roster) ToSlice() []Student {
	out := make([]Student, 0, r.size)
	for n := r.head; n != nil; n = n.next {
		out = append(out, n.s)
	}
	return out
}

// MergeSort sorts the linked list in place with a comparison function.
func (r *Roster) MergeSort(less func(a, b Student) bool) {
	var split func(h *rnode) (*rnode, *rnode)
	split = func(h *rnode) (*rnode, *rnode) {
		slow, fast := h, h.next
		for fast != nil && fast.next != nil {
			slow, fast = slow.next, fast.next.next
		}
		mid := slow.next
		slow.next = nil
		return h, mid
	}
	var merge func(a, b *rnode) *rnode
	merge = func(a, b *rnode) *rnode {
		dummy := &rnode{}
		t := dummy
		for a != nil && b != nil {
			if less(b.s, a.s) {
				t.next, b = b, b.next
			} else {
				t.next, a = a, a.next
			}
			t = t.next
		}
		if a != nil {
			t.next = a
		} else {
			t.next = b
		}
		return dummy.next
	}
	var sortList func(h *rnode) *rnode
	sortList = func(h *rnode) *rnode {
		if h == nil || h.next == nil {
			return h
		}
		a, b := split(h)
		return merge(sortList(a), sortList(b))
	}
	r.head = sortList(r.head)
}

type byGradeThenName []Student

func (s byGradeThenName) Len() int      { return len(s) }
func (s byGradeThenName) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byGradeThenName) Less(i, j int) bool {
	if s[i].Grade != s[j].Grade {
		return s[i].Grade > s[j].Grade
	}
	return s[i].Name < s[j].Name
}

func (s Student) String() string { return fmt.Sprintf("%s(%d,%dy)", s.Name, s.Grade, s.Age) }

func main() {
	var r Roster
	data := "Zoe 88 20;Adam 92 19;Mia 88 21;Liam 75 22;Eve 92 20;Bob 60 19;Ann 88 20"
	for _, rec := range strings.Split(data, ";") {
		var s Student
		fmt.Sscanf(rec, "%s %d %d", &s.Name, &s.Grade, &s.Age)
		r.Prepend(s)
	}
	fmt.Println("raw:", r.ToSlice())
	r.MergeSort(func(a, b Student) bool { return a.Age < b.Age })
	fmt.Println("by age (stable):", r.ToSlice())

	s := r.ToSlice()
	sort.Sort(byGradeThenName(s))
	fmt.Println("by grade desc, name:", s)
	sort.Sort(sort.Reverse(byGradeThenName(s)))
	fmt.Println("reversed:", s)

	i := sort.Search(len(s), func(i int) bool { return s[i].Grade >= 88 })
	fmt.Println("first with grade>=88 at", i, s[i])
	names := make([]string, len(s))
	for i, st := range s {
		names[i] = st.Name
	}
	sort.Strings(names)
	j := sort.SearchStrings(names, "Liam")
	fmt.Println(names, j, sort.StringsAreSorted(names))
	fmt.Printf("%+v\n%#v\n", s[0], s[len(s)-1])
}
