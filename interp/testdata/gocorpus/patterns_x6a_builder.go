// Exercises: builder pattern with method chaining on pointer receiver, strings.Builder, error accumulation
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	limit  int
	err    error
}

func From(table string) *Query { return &Query{table: table, limit: -1} }

func (q *Query) Where(cond string) *Query {
	if cond == "" {
		q.err = errors.Join(q.err, errors.New("empty condition"))
		return q
	}
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) Limit(n int) *Query {
	if n < 0 {
		q.err = errors.Join(q.err, fmt.Errorf("bad limit %d", n))
	}
	q.limit = n
	return q
}

func (q *Query) Build() (string, error) {
	if q.err != nil {
		return "", q.err
	}
	var b strings.Builder
	b.WriteString("SELECT * FROM ")
	b.WriteString(q.table)
	if len(q.wheres) > 0 {
		b.WriteString(" WHERE ")
		b.WriteString(strings.Join(q.wheres, " AND "))
	}
	if q.limit >= 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String(), nil
}

func main() {
	s, err := From("users").Where("age > 18").Where("active").Limit(10).Build()
	fmt.Println(s, err)
	s, err = From("t").Build()
	fmt.Printf("%q %v\n", s, err)
	_, err = From("t").Where("").Limit(-3).Where("").Build()
	fmt.Println(err)
	fmt.Println(strings.Count(err.Error(), "\n"))
}
