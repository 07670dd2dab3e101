package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type KV interface {
	Get(key string) (string, error)
	Set(key, value string) error
	Delete(key string) error
	Keys() []string
}

var ErrNoKey = errors.New("no such key")

type mapKV map[string]string

func (m mapKV) Get(k string) (string, error) {
	v, ok := m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNoKey)
	}
	return v, nil
}
func (m mapKV) Set(k, v string) error { m[k] = v; return nil }
func (m mapKV) Delete(k string) error {
	if _, ok := m[k]; !ok {
		return fmt.Errorf("delete %q: %w", k, ErrNoKey)
	}
	delete(m, k)
	return nil
}
func (m mapKV) Keys() []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// metricsKV overrides Get and Set; Delete and Keys are promoted from the embedded KV.
type metricsKV struct {
	KV
	counts map[string]int
}

func (m *metricsKV) Get(k string) (string, error) {
	v, err := m.KV.Get(k)
	if err != nil {
		m.counts["get.miss"]++
	} else {
		m.counts["get.hit"]++
	}
	return v, err
}

func (m *metricsKV) Set(k, v string) error {
	m.counts["set"]++
	return m.KV.Set(k, v)
}

// readOnly blocks writes.
type readOnly struct{ KV }

var ErrReadOnly = errors.New("read-only store")

func (readOnly) Set(string, string) error { return ErrReadOnly }
func (readOnly) Delete(string) error      { return ErrReadOnly }

// namespaced prefixes keys.
type namespaced struct {
	KV
	prefix string
}

func (n namespaced) Get(k string) (string, error) { return n.KV.Get(n.prefix + k) }
func (n namespaced) Set(k, v string) error        { return n.KV.Set(n.prefix+k, v) }
func (n namespaced) Keys() []string {
	var out []string
	for _, k := range n.KV.Keys() {
		if rest, ok := strings.CutPrefix(k, n.prefix); ok {
			out = append(out, rest)
		}
	}
	return out
}

func main() {
	base := mapKV{"color": "blue"}
	m := &metricsKV{KV: base, counts: map[string]int{}}
	users := namespaced{KV: m, prefix: "user:"}

	users.Set("1", "ann")
	users.Set("2", "bob")
	m.Set("version", "3")
	fmt.Println(users.Get("1"))
	fmt.Println(users.Get("9"))
	fmt.Println(users.Keys(), m.Keys())

	ro := readOnly{users}
	fmt.Println(ro.Set("3", "cy"), ro.Delete("1"))
	v, err := ro.Get("2")
	fmt.Println(v, err)
	err = users.Delete("1")
	fmt.Println(err, errors.Is(err, ErrNoKey))
	fmt.Println(m.Delete("user:1"), base.Keys())

	fmt.Println(m.counts)
	var kv KV = ro
	if n, ok := kv.(readOnly).KV.(namespaced); ok {
		fmt.Printf("%s %T\n", n.prefix, n.KV)
	}
}
