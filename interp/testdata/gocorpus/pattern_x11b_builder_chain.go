// Exercises: builder with method chaining returning *Builder, strings.Builder, error accumulated in the builder
package main

import (
	"errors"
	"fmt"
	"strings"
)

type QueryBuilder struct {
	table  string
	wheres []string
	order  string
	limit  int
	err    error
}

func From(table string) *QueryBuilder { return &QueryBuilder{table: table, limit: -1} }

func (b *QueryBuilder) Where(cond string) *QueryBuilder {
	if cond == "" && b.err == nil {
		b.err = errors.New("empty condition")
	}
	b.wheres = append(b.wheres, cond)
	return b
}

func (b *QueryBuilder) OrderBy(col string) *QueryBuilder { b.order = col; return b }

func (b *QueryBuilder) Limit(n int) *QueryBuilder { b.limit = n; return b }

func (b *QueryBuilder) Build() (string, error) {
	if b.err != nil {
		return "", fmt.Errorf("build %s: %w", b.table, b.err)
	}
	var sb strings.Builder
	sb.WriteString("SELECT * FROM ")
	sb.WriteString(b.table)
	if len(b.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(b.wheres, " AND "))
	}
	if b.order != "" {
		fmt.Fprintf(&sb, " ORDER BY %s", b.order)
	}
	if b.limit >= 0 {
		fmt.Fprintf(&sb, " LIMIT %d", b.limit)
	}
	return sb.String(), nil
}

func main() {
	q, err := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10).Build()
	fmt.Println(q, err)
	q, err = From("t").Build()
	fmt.Printf("%q %v\n", q, err)
	_, err = From("bad").Where("").Where("x").Build()
	fmt.Println(err, errors.Unwrap(err) != nil)
}
