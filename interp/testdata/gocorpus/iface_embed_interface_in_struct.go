// Exercises: embedding an interface in a struct to override one method (decorator).
package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) string
	Set(key, value string)
}

type mapStore map[string]string

func (m mapStore) Get(k string) string { return m[k] }
func (m mapStore) Set(k, v string)     { m[k] = v }

type upperStore struct {
	Store
}

func (u upperStore) Set(k, v string) { u.Store.Set(k, strings.ToUpper(v)) }

func main() {
	var s Store = upperStore{mapStore{}}
	s.Set("a", "hello")
	s.Set("b", "World")
	fmt.Println(s.Get("a"), s.Get("b"), s.Get("c") == "")
}
