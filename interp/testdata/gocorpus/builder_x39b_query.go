package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Query struct {
	table   string
	columns []string
	wheres  []string
	args    []any
	order   string
	limit   int
}

type QueryBuilder struct {
	q    Query
	errs []error
}

func Select(cols ...string) *QueryBuilder {
	if len(cols) == 0 {
		cols = []string{"*"}
	}
	return &QueryBuilder{q: Query{columns: cols, limit: -1}}
}

func (b *QueryBuilder) From(t string) *QueryBuilder {
	if t == "" {
		b.errs = append(b.errs, errors.New("empty table name"))
	}
	b.q.table = t
	return b
}

func (b *QueryBuilder) Where(cond string, args ...any) *QueryBuilder {
	if n := strings.Count(cond, "?"); n != len(args) {
		b.errs = append(b.errs, fmt.Errorf("where %q: want %d args, got %d", cond, n, len(args)))
	}
	b.q.wheres = append(b.q.wheres, cond)
	b.q.args = append(b.q.args, args...)
	return b
}

func (b *QueryBuilder) OrderBy(col string) *QueryBuilder { b.q.order = col; return b }
func (b *QueryBuilder) Limit(n int) *QueryBuilder        { b.q.limit = n; return b }

func (b *QueryBuilder) Build() (string, []any, error) {
	if len(b.errs) > 0 {
		return "", nil, errors.Join(b.errs...)
	}
	var sb strings.Builder
	sb.WriteString("SELECT ")
	sb.WriteString(strings.Join(b.q.columns, ", "))
	sb.WriteString(" FROM ")
	sb.WriteString(b.q.table)
	if len(b.q.wheres) > 0 {
		sb.WriteString(" WHERE ")
		parts := make([]string, len(b.q.wheres))
		for i, w := range b.q.wheres {
			parts[i] = "(" + w + ")"
		}
		sb.WriteString(strings.Join(parts, " AND "))
	}
	if b.q.order != "" {
		sb.WriteString(" ORDER BY " + b.q.order)
	}
	if b.q.limit >= 0 {
		sb.WriteString(" LIMIT " + strconv.Itoa(b.q.limit))
	}
	// Rewrite placeholders to $1, $2 ...
	out, n := "", 0
	for _, r := range sb.String() {
		if r == '?' {
			n++
			out += "$" + strconv.Itoa(n)
			continue
		}
		out += string(r)
	}
	return out, b.q.args, nil
}

func main() {
	sql, args, err := Select("id", "name").From("users").
		Where("age > ?", 18).Where("status = ? OR status = ?", "active", "trial").
		OrderBy("name").Limit(10).Build()
	fmt.Println(sql)
	fmt.Printf("%v %#v %v\n", args, args, err)

	sql, args, err = Select().From("logs").Build()
	fmt.Printf("%q %d %v\n", sql, len(args), err)

	_, _, err = Select("x").From("").Where("a = ? AND b = ?", 1).Build()
	fmt.Println("error:")
	fmt.Println(err)
}
