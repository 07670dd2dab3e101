// Exercises: defer closing several fake resources in reverse order of opening.
package main

import (
	"fmt"
	"strings"
)

type Resource struct {
	name string
	log  *strings.Builder
}

func Open(name string, log *strings.Builder) *Resource {
	fmt.Fprintf(log, "open %s;", name)
	return &Resource{name: name, log: log}
}

func (r *Resource) Close() error {
	fmt.Fprintf(r.log, "close %s;", r.name)
	return nil
}

func useAll(log *strings.Builder) {
	db := Open("db", log)
	defer db.Close()
	cache := Open("cache", log)
	defer cache.Close()
	file := Open("file", log)
	defer file.Close()
	log.WriteString("work;")
}

func main() {
	var sb strings.Builder
	useAll(&sb)
	for _, part := range strings.Split(strings.TrimSuffix(sb.String(), ";"), ";") {
		fmt.Println(part)
	}
}
