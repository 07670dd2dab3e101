package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Record struct {
	Level   string
	Service string
	Msg     string
	Fields  map[string]string
}

type Filter interface {
	Match(r Record) bool
	String() string
}

type LevelAtLeast string

var levelRank = map[string]int{"DEBUG": 0, "INFO": 1, "WARN": 2, "ERROR": 3}

func (l LevelAtLeast) Match(r Record) bool { return levelRank[r.Level] >= levelRank[string(l)] }
func (l LevelAtLeast) String() string      { return "level>=" + string(l) }

type FieldEq struct{ Key, Value string }

func (f FieldEq) Match(r Record) bool { return r.Fields[f.Key] == f.Value }
func (f FieldEq) String() string      { return f.Key + "=" + f.Value }

type And []Filter

func (a And) Match(r Record) bool {
	for _, f := range a {
		if !f.Match(r) {
			return false
		}
	}
	return true
}
func (a And) String() string { return join("AND", a) }

type Or []Filter

func (o Or) Match(r Record) bool {
	for _, f := range o {
		if f.Match(r) {
			return true
		}
	}
	return false
}
func (o Or) String() string { return join("OR", o) }

type Not struct{ Filter }

func (n Not) Match(r Record) bool { return !n.Filter.Match(r) }
func (n Not) String() string      { return "NOT " + n.Filter.String() }

type FilterFunc func(Record) bool

func (f FilterFunc) Match(r Record) bool { return f(r) }
func (f FilterFunc) String() string      { return "func" }

func join(op string, fs []Filter) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = f.String()
	}
	return "(" + strings.Join(parts, " "+op+" ") + ")"
}

const logs = `level=INFO service=api msg="request ok" path=/users code=200
level=ERROR service=api msg="db timeout" path=/orders code=500
level=DEBUG service=worker msg="tick"
level=WARN service=worker msg="retrying job" job=17
level=ERROR service=worker msg="job failed" job=17
level=INFO service=api msg="request ok" path=/orders code=200
level=WARN service=api msg="slow request" path=/orders code=200`

func parse(line string) Record {
	r := Record{Fields: map[string]string{}}
	for len(line) > 0 {
		line = strings.TrimLeft(line, " ")
		k, rest, _ := strings.Cut(line, "=")
		var v string
		if strings.HasPrefix(rest, `"`) {
			end := strings.Index(rest[1:], `"`) + 1
			v, line = rest[1:end], rest[end+1:]
		} else {
			v, line, _ = strings.Cut(rest, " ")
		}
		switch k {
		case "level":
			r.Level = v
		case "service":
			r.Service = v
		case "msg":
			r.Msg = v
		default:
			r.Fields[k] = v
		}
	}
	return r
}

func main() {
	var recs []Record
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		recs = append(recs, parse(sc.Text()))
	}
	filters := []Filter{
		LevelAtLeast("WARN"),
		And{FieldEq{"path", "/orders"}, Not{LevelAtLeast("ERROR")}},
		Or{FieldEq{"job", "17"}, FieldEq{"code", "500"}},
		FilterFunc(func(r Record) bool { return strings.Contains(r.Msg, "request") }),
	}
	for _, f := range filters {
		fmt.Printf("%s  [%T]\n", f, f)
		for i, r := range recs {
			if f.Match(r) {
				fmt.Printf("   %d %-5s %-6s %-14q %v\n", i, r.Level, r.Service, r.Msg, r.Fields)
			}
		}
	}
	var s fmt.Stringer = filters[1]
	if a, ok := s.(And); ok {
		fmt.Println("and has", len(a), "parts; second is", a[1])
	}
}
