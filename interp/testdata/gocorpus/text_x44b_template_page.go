package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price int
	Qty   int
}

func (i Item) Total() int { return i.Price * i.Qty }

type Cart struct {
	User  string
	Items []Item
	Promo string
}

const page = `{{define "item"}}- {{printf "%-10s" .Name}} {{.Qty}} x {{money .Price}} = {{money .Total}}{{end -}}
Cart for {{.User | upper}}
{{range $i, $it := .Items}}{{if $i}}
{{end}}{{template "item" $it}}{{else}}(empty cart){{end}}
{{with .Promo}}Promo: {{.}}{{else}}No promo{{end}}
Total: {{money (sum .Items)}}{{if gt (len .Items) 2}} (bulk){{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(cents int) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) },
		"sum": func(items []Item) int {
			t := 0
			for _, it := range items {
				t += it.Total()
			}
			return t
		},
	}
	tmpl := template.Must(template.New("cart").Funcs(funcs).Parse(page))

	carts := map[string]Cart{
		"ann": {User: "ann", Items: []Item{{"widget", 250, 2}, {"gizmo", 1999, 1}, {"doohickey", 5, 10}}, Promo: "SPRING"},
		"bob": {User: "bob"},
		"cy":  {User: "cy", Items: []Item{{"thing", 100, 3}}},
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /cart/{user}", func(w http.ResponseWriter, r *http.Request) {
		c, ok := carts[r.PathValue("user")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := tmpl.Execute(w, c); err != nil {
			http.Error(w, err.Error(), 500)
		}
	})

	for _, u := range []string{"ann", "bob", "cy", "dan"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/cart/"+u, nil))
		fmt.Printf("== %s %d %s\n%s", u, rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(&strings.Builder{}, Cart{})
	fmt.Println("error:", err)
	var names []string
	for _, t := range tmpl.Templates() {
		names = append(names, t.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
}
