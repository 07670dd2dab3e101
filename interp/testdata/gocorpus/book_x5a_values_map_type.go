// Exercises: url.Values-like named map[string][]string type with Get/Add methods, nil map reads, composite literal of the named type.
package main

import (
	"fmt"
	"net/url"
	"sort"
)

type Values map[string][]string

func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

func (v Values) Add(key, value string) {
	v[key] = append(v[key], value)
}

func (v Values) Keys() []string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	m := Values{"lang": {"en"}}
	m.Add("item", "1")
	m.Add("item", "2")
	fmt.Println(m.Get("lang"), m.Get("q"), m.Get("item"), m["item"])
	fmt.Println(m.Keys(), len(m), m)
	m = nil
	fmt.Println(m.Get("item"), m == nil, len(m.Keys()))
	u, err := url.ParseQuery("x=1&y=2&x=3")
	fmt.Println(u["x"], Values(u).Get("y"), err)
	fmt.Printf("%v %T\n", Values(u).Keys(), Values(u))
}
