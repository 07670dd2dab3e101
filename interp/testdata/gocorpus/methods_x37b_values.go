// A map type with methods, like url.Values, plus nil receivers and a
// linked list of ints whose methods work on a nil list, after section 6.2.
package main

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// Values maps a string key to a list of values.
type Values map[string][]string

// Get returns the first value associated with the given key, or "".
func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// Add adds the value to key. It appends to any existing values.
func (v Values) Add(key, value string) {
	v[key] = append(v[key], value)
}

func (v Values) Encode() string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		for _, val := range v[k] {
			parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(val))
		}
	}
	return strings.Join(parts, "&")
}

// An IntList is a linked list of integers. A nil *IntList is the empty list.
type IntList struct {
	Value int
	Tail  *IntList
}

func (list *IntList) Sum() int {
	if list == nil {
		return 0
	}
	return list.Value + list.Tail.Sum()
}

func (list *IntList) Len() int {
	n := 0
	for ; list != nil; list = list.Tail {
		n++
	}
	return n
}

func (list *IntList) Push(v int) *IntList { return &IntList{v, list} }

func (list *IntList) String() string {
	if list == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %s", list.Value, list.Tail.String())
}

func main() {
	m := Values{"lang": {"en"}}
	m.Add("item", "1")
	m.Add("item", "2")
	fmt.Println(m.Get("lang"))
	fmt.Println(m.Get("q"))
	fmt.Println(m.Get("item"))
	fmt.Println(m["item"])
	m.Add("q", "go & gophers")
	fmt.Println(m.Encode())

	m = nil
	fmt.Println(m.Get("item"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Add("item", "3")
	}()

	u, err := url.Parse("https://example.com/search?q=golang&page=2&tag=a&tag=b")
	if err != nil {
		fmt.Println(err)
		return
	}
	q := Values(u.Query())
	fmt.Println(u.Host, u.Path, q.Get("q"), q["tag"], len(q))

	var list *IntList
	fmt.Println(list.Sum(), list.Len(), list)
	for i := 1; i <= 5; i++ {
		list = list.Push(i * i)
	}
	fmt.Println(list.Sum(), list.Len(), list)
	fmt.Printf("%v|%s|%d\n", list.Tail.Tail, list.Tail.Tail.Tail.Tail, list.Tail.Value)
}
