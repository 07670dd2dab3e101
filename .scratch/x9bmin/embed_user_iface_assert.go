// Go prints "1 [b]"; the session: CompileError "impossible type assertion: *main.readOnly does not implement main.Store (missing Get method)" - Get promoted from an embedded interface field is not in *readOnly's method set.
package main

import "fmt"

type Store interface {
	Get(k string) string
	Set(k, v string)
}

type mapStore map[string]string

func (m mapStore) Get(k string) string { return m[k] }
func (m mapStore) Set(k, v string)     { m[k] = v }

type readOnly struct {
	Store
	rejected []string
}

func (r *readOnly) Set(k, v string) { r.rejected = append(r.rejected, k) }

func main() {
	var s Store = &readOnly{Store: mapStore{"a": "1"}}
	s.Set("b", "2")
	fmt.Println(s.Get("a"), s.(*readOnly).rejected)
}
