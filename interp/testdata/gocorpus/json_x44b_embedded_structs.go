package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Timestamps struct {
	CreatedAt int64 `json:"created_at"`
	UpdatedAt int64 `json:"updated_at,omitempty"`
}

type Audit struct {
	Timestamps
	Actor string `json:"actor,omitempty"`
}

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
}

type Customer struct {
	ID      int64 `json:"id,string"`
	Name    string
	Email   string   `json:"email,omitempty"`
	Secret  string   `json:"-"`
	Address *Address `json:"address,omitempty"`
	Audit
	Score float64 `json:"score"`
	Tags  []string
}

func (c Customer) Greeting() string { return "Hi " + c.Name }

func main() {
	c := Customer{ID: 9007199254740993, Name: "Zoe", Secret: "pw", Audit: Audit{Timestamps{1700000000, 0}, "system"}, Score: 0.1 + 0.2}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)
	fmt.Println(c.CreatedAt, c.Timestamps.CreatedAt, c.Audit.Actor, c.Greeting())

	mux := http.NewServeMux()
	mux.HandleFunc("POST /customers", func(w http.ResponseWriter, r *http.Request) {
		var in Customer
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		in.UpdatedAt = in.CreatedAt + 60
		w.Header().Set("Content-Type", "application/json")
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.Encode(in)
	})
	for _, body := range []string{
		`{"id":"42","Name":"Ann <ann>","created_at":100,"actor":"web","address":{"street":"1 Main","city":"Oslo"},"Tags":["a&b"]}`,
		`{"id":42,"Name":"Bad"}`,
		`{"ID":"7","name":"lower case key","Secret":"ignored","EMAIL":"x@y.z"}`,
		`{"id":"8","Tags":null,"score":1e3}`,
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("POST", "/customers", strings.NewReader(body)))
		fmt.Printf("%d %s", rec.Code, rec.Body.String())
	}

	var generic map[string]any
	json.Unmarshal(b, &generic)
	fmt.Printf("%v\n", generic)
	for _, k := range []string{"id", "created_at", "score", "Tags"} {
		fmt.Printf("%s: %T %v\n", k, generic[k], generic[k])
	}
	fmt.Printf("%+v\n", c.Audit)
	fmt.Printf("%#v\n", c.Timestamps)
}
