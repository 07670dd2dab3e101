package main

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

type Filter struct {
	Field, Op, Value string
}

type Query struct {
	Page, PerPage int
	Sort          []string
	Filters       []Filter
	Fields        []string
}

func ParseQuery(raw string) (Query, []string) {
	q := Query{Page: 1, PerPage: 20}
	var warns []string
	u, err := url.Parse(raw)
	if err != nil {
		return q, []string{err.Error()}
	}
	vals := u.Query()
	if p := vals.Get("page"); p != "" {
		if n, err := strconv.Atoi(p); err == nil && n > 0 {
			q.Page = n
		} else {
			warns = append(warns, "bad page "+strconv.Quote(p))
		}
	}
	if p := vals.Get("per_page"); p != "" {
		n, _ := strconv.Atoi(p)
		q.PerPage = max(1, min(n, 100))
	}
	for _, s := range vals["sort"] {
		q.Sort = append(q.Sort, strings.Split(s, ",")...)
	}
	if f := vals.Get("fields"); f != "" {
		q.Fields = strings.Split(f, ",")
	}
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		name, op, ok := strings.Cut(k, "[")
		if !ok || !strings.HasSuffix(op, "]") {
			continue
		}
		op = strings.TrimSuffix(op, "]")
		switch op {
		case "eq", "ne", "lt", "gt", "like":
		default:
			warns = append(warns, fmt.Sprintf("unknown op %q on %s", op, name))
			continue
		}
		for _, v := range vals[k] {
			q.Filters = append(q.Filters, Filter{name, op, v})
		}
	}
	return q, warns
}

func (q Query) SQL(table string) string {
	var b strings.Builder
	cols := "*"
	if len(q.Fields) > 0 {
		cols = strings.Join(q.Fields, ", ")
	}
	fmt.Fprintf(&b, "SELECT %s FROM %s", cols, table)
	ops := map[string]string{"eq": "=", "ne": "<>", "lt": "<", "gt": ">", "like": "LIKE"}
	for i, f := range q.Filters {
		kw := " AND"
		if i == 0 {
			kw = " WHERE"
		}
		fmt.Fprintf(&b, "%s %s %s %s", kw, f.Field, ops[f.Op], strconv.Quote(f.Value))
	}
	if len(q.Sort) > 0 {
		var parts []string
		for _, s := range q.Sort {
			if c, ok := strings.CutPrefix(s, "-"); ok {
				parts = append(parts, c+" DESC")
			} else {
				parts = append(parts, s+" ASC")
			}
		}
		b.WriteString(" ORDER BY " + strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, " LIMIT %d OFFSET %d", q.PerPage, (q.Page-1)*q.PerPage)
	return b.String()
}

func main() {
	for _, raw := range []string{
		"/users?page=3&per_page=50&sort=-created,name&age[gt]=30&name[like]=A%25&fields=id,name",
		"/users?page=zero&per_page=1000&status[eq]=active&status[eq]=new&x[between]=1",
		"/items?sort=price&sort=-rating&q=hello+world",
		"/users?%zz",
	} {
		q, warns := ParseQuery(raw)
		fmt.Println(q.SQL("t"))
		if len(warns) > 0 {
			fmt.Println("  warnings:", warns)
		}
	}
	v := url.Values{}
	v.Set("b", "2 3")
	v.Add("a", "x&y")
	v.Add("a", "é")
	fmt.Println(v.Encode(), url.PathEscape("a b/c"), url.QueryEscape("a b/c"))
}
