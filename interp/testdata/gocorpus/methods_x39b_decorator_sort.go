package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type People []Person

func (p People) Len() int           { return len(p) }
func (p People) Less(i, j int) bool { return p[i].Name < p[j].Name }
func (p People) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Store interface {
	Get(key string) (string, bool)
	Set(key, val string)
}

type mapStore map[string]string

func (m mapStore) Get(k string) (string, bool) { v, ok := m[k]; return v, ok }
func (m mapStore) Set(k, v string)             { m[k] = v }

type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, v)
}

type upperStore struct{ Store }

func (u upperStore) Get(k string) (string, bool) {
	v, ok := u.Store.Get(k)
	return strings.ToUpper(v), ok
}

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

func main() {
	ps := People{{"Carol", 35}, {"alice", 30}, {"Bob", 25}, {"Dan", 30}}
	sort.Sort(ps)
	fmt.Println(ps)
	sort.Stable(ByAge{ps})
	fmt.Println(ps)
	sort.Sort(reverse{ByAge{ps}})
	fmt.Println(ps)
	sort.Sort(sort.Reverse(ps))
	fmt.Println(ps, sort.IsSorted(ps), sort.IsSorted(sort.Reverse(ps)))

	base := mapStore{}
	ls := &loggingStore{Store: base}
	var s Store = upperStore{ls}
	s.Set("a", "apple")
	s.Set("b", "banana")
	v, ok := s.Get("a")
	_, missing := s.Get("zz")
	fmt.Println(v, ok, missing, ls.log, base)

	c := Counter{}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	fns := []func() int{c.Inc, c.Get}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println(c)
	var ifn interface{ Inc() int } = &c
	ifn.Inc()
	fmt.Printf("%d %+v %T\n", c.n, c, ifn)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	names := []string{"ant", "bee", "cat", "dog"}
	j, found := sort.Find(len(names), func(i int) int { return strings.Compare("cat", names[i]) })
	fmt.Println(idx, j, found, sort.SearchStrings(names, "cow"))
}
