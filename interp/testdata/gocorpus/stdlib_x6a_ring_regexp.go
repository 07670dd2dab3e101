// Exercises: container/ring Do/Move/Unlink, container/list, regexp with named groups, SubexpNames, ReplaceAllStringFunc
package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	r := ring.New(5)
	for i := range r.Len() {
		r.Value = i * i
		r = r.Next()
	}
	var vals []any
	r.Do(func(v any) { vals = append(vals, v) })
	fmt.Println(vals)
	r = r.Move(2)
	removed := r.Unlink(2)
	fmt.Println(r.Value, removed.Len(), r.Len(), removed.Value)
	l := list.New()
	l.PushBack(2)
	l.PushFront(1)
	l.PushBack(3)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>"[^"]*"|\S+)`)
	line := `name="Ada Lovelace" born=1815 field=math`
	for _, m := range re.FindAllStringSubmatch(line, -1) {
		kv := map[string]string{}
		for i, n := range re.SubexpNames() {
			if n != "" {
				kv[n] = m[i]
			}
		}
		fmt.Println(kv)
	}
	fmt.Println(re.SubexpIndex("val"), re.NumSubexp())
	up := regexp.MustCompile(`\b[a-z]`).ReplaceAllStringFunc("go is fun", strings.ToUpper)
	fmt.Println(up, regexp.MustCompile(`(\d+)-(\d+)`).ReplaceAllString("10-20 3-4", "$2..$1"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
}
