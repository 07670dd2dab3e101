package main

import (
	"fmt"
	"slices"
)

// Assigning a struct copies its fields; slices and maps inside are still shared.

type Config struct {
	Name    string
	Ports   []int
	Labels  map[string]string
	Limits  [2]int
	Parent  *Config
	Enabled bool
}

func (c Config) Clone() Config {
	cp := c
	cp.Ports = slices.Clone(c.Ports)
	cp.Labels = make(map[string]string, len(c.Labels))
	for k, v := range c.Labels {
		cp.Labels[k] = v
	}
	return cp
}

func rename(c Config, name string) Config {
	c.Name = name
	return c
}

func renameInPlace(c *Config, name string) {
	c.Name = name
}

type Point struct{ X, Y int }

func main() {
	root := &Config{Name: "root"}
	orig := Config{
		Name:   "svc",
		Ports:  []int{80, 443},
		Labels: map[string]string{"env": "prod"},
		Limits: [2]int{10, 20},
		Parent: root,
	}

	shallow := orig
	shallow.Name = "copy"
	shallow.Ports[0] = 8080
	shallow.Labels["env"] = "dev"
	shallow.Limits[0] = 99
	shallow.Parent.Name = "changed-root"
	fmt.Printf("orig:    %s %v %v %v %s\n", orig.Name, orig.Ports, orig.Labels, orig.Limits, orig.Parent.Name)
	fmt.Printf("shallow: %s %v %v %v %s\n", shallow.Name, shallow.Ports, shallow.Labels, shallow.Limits, shallow.Parent.Name)

	deep := orig.Clone()
	deep.Ports[0] = 1
	deep.Labels["env"] = "test"
	fmt.Printf("after deep edit orig: %v %v\n", orig.Ports, orig.Labels)
	fmt.Printf("deep: %v %v\n", deep.Ports, deep.Labels)

	renamed := rename(orig, "renamed")
	fmt.Println(orig.Name, renamed.Name)
	renameInPlace(&orig, "inplace")
	fmt.Println(orig.Name)

	// Comparable structs can be compared with ==.
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, p1 != Point{2, 1})

	// Arrays of structs copy; slices of structs share.
	arr := [2]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 100
	sl := arr[:]
	sl[1].Y = 200
	fmt.Println(arr, arr2)

	// Struct literals: %v, %+v and %#v.
	fmt.Printf("%v\n%+v\n%#v\n", p1, p1, p1)
	type pair struct {
		K string
		V *int
	}
	fmt.Printf("%+v\n", pair{K: "k"})

	// Anonymous structs and comparison.
	a := struct {
		A int
		B string
	}{1, "x"}
	b := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(a == b)

	// Pointer to a copy is not the original.
	cfgs := []Config{{Name: "a"}, {Name: "b"}}
	first := cfgs[0]
	first.Enabled = true
	pfirst := &cfgs[1]
	pfirst.Enabled = true
	fmt.Println(cfgs[0].Enabled, cfgs[1].Enabled)
}
