package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type QueryError struct {
	Path string
	Msg  string
}

func (e *QueryError) Error() string { return "query " + e.Path + ": " + e.Msg }

// Get walks a decoded JSON value with a path like "users[1].address.city" or "users[*].name".
func Get(v any, query string) ([]any, error) {
	cur := []any{v}
	for _, seg := range splitPath(query) {
		var next []any
		for _, c := range cur {
			switch {
			case seg == "[*]":
				switch t := c.(type) {
				case []any:
					next = append(next, t...)
				case map[string]any:
					keys := make([]string, 0, len(t))
					for k := range t {
						keys = append(keys, k)
					}
					sort.Strings(keys)
					for _, k := range keys {
						next = append(next, t[k])
					}
				default:
					return nil, &QueryError{query, fmt.Sprintf("cannot iterate %T", c)}
				}
			case strings.HasPrefix(seg, "["):
				arr, ok := c.([]any)
				if !ok {
					return nil, &QueryError{query, fmt.Sprintf("cannot index %T", c)}
				}
				i, err := strconv.Atoi(seg[1 : len(seg)-1])
				if err != nil {
					return nil, &QueryError{query, err.Error()}
				}
				if i < 0 {
					i += len(arr)
				}
				if i < 0 || i >= len(arr) {
					return nil, &QueryError{query, fmt.Sprintf("index %s out of range (len %d)", seg, len(arr))}
				}
				next = append(next, arr[i])
			default:
				obj, ok := c.(map[string]any)
				if !ok {
					return nil, &QueryError{query, fmt.Sprintf("field %q of %T", seg, c)}
				}
				if val, ok := obj[seg]; ok {
					next = append(next, val)
				}
			}
		}
		cur = next
	}
	return cur, nil
}

func splitPath(q string) []string {
	var segs []string
	for _, part := range strings.Split(q, ".") {
		for part != "" {
			i := strings.IndexByte(part, '[')
			switch {
			case i < 0:
				segs = append(segs, part)
				part = ""
			case i > 0:
				segs = append(segs, part[:i])
				part = part[i:]
			default:
				j := strings.IndexByte(part, ']')
				segs = append(segs, part[:j+1])
				part = part[j+1:]
			}
		}
	}
	return segs
}

const doc = `{
  "service": "billing",
  "version": 3,
  "limits": {"rps": 250, "burst": 1e3, "ratio": 0.75},
  "users": [
    {"name": "ann", "roles": ["admin", "dev"], "address": {"city": "Oslo"}, "id": 9007199254740993},
    {"name": "bob", "roles": [], "address": null},
    {"name": "cy", "roles": ["dev"], "address": {"city": "Lima"}}
  ]
}`

func main() {
	var plain, precise any
	json.Unmarshal([]byte(doc), &plain)
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	dec.Decode(&precise)

	for _, q := range []string{"service", "limits.burst", "users[0].name", "users[-1].address.city", "users[*].name",
		"users[*].roles[*]", "users[*].address.city", "limits[*]", "users[5]", "service.name", "users[x]", "missing.deep"} {
		res, err := Get(plain, q)
		if err != nil {
			fmt.Printf("%-24s ERR %v\n", q, err)
			continue
		}
		fmt.Printf("%-24s %v\n", q, res)
	}
	a, _ := Get(plain, "users[0].id")
	b, _ := Get(precise, "users[0].id")
	fmt.Printf("float64: %v (%T)  json.Number: %v (%T)\n", a[0], a[0], b[0], b[0])
	n := b[0].(json.Number)
	i, err := n.Int64()
	fmt.Println(i, err)
	c, _ := Get(precise, "limits.burst")
	_, err = c[0].(json.Number).Int64()
	fmt.Println(c[0], err)
	fmt.Printf("%q\n", splitPath("a.b[2][3].c[*]"))
}
