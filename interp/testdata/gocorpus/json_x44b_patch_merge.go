package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
)

type Profile struct {
	Name     string            `json:"name"`
	Bio      string            `json:"bio"`
	Age      int               `json:"age"`
	Public   bool              `json:"public"`
	Settings map[string]string `json:"settings"`
}

type ProfilePatch struct {
	Name     *string            `json:"name"`
	Bio      *string            `json:"bio"`
	Age      *int               `json:"age"`
	Public   *bool              `json:"public"`
	Settings map[string]*string `json:"settings"`
}

func (p *Profile) Apply(patch ProfilePatch) []string {
	var changed []string
	if patch.Name != nil {
		p.Name = *patch.Name
		changed = append(changed, "name")
	}
	if patch.Bio != nil {
		p.Bio = *patch.Bio
		changed = append(changed, "bio")
	}
	if patch.Age != nil {
		p.Age = *patch.Age
		changed = append(changed, "age")
	}
	if patch.Public != nil {
		p.Public = *patch.Public
		changed = append(changed, "public")
	}
	for _, k := range slices.Sorted(maps.Keys(patch.Settings)) {
		v := patch.Settings[k]
		if p.Settings == nil {
			p.Settings = map[string]string{}
		}
		if v == nil {
			delete(p.Settings, k)
		} else {
			p.Settings[k] = *v
		}
		changed = append(changed, "settings."+k)
	}
	return changed
}

type store struct {
	sync.RWMutex
	profiles map[string]*Profile
}

func (s *store) patch(w http.ResponseWriter, r *http.Request) {
	s.Lock()
	defer s.Unlock()
	p, ok := s.profiles[r.PathValue("user")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	var patch ProfilePatch
	if err := json.NewDecoder(r.Body).Decode(&patch); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if patch.Age != nil && *patch.Age < 0 {
		http.Error(w, "age must be non-negative", http.StatusUnprocessableEntity)
		return
	}
	changed := p.Apply(patch)
	w.Header().Set("X-Changed", strings.Join(changed, ","))
	json.NewEncoder(w).Encode(p)
}

func main() {
	s := &store{profiles: map[string]*Profile{
		"kim": {Name: "Kim", Bio: "hello", Age: 30, Settings: map[string]string{"theme": "dark", "lang": "en"}},
	}}
	mux := http.NewServeMux()
	mux.HandleFunc("PATCH /profiles/{user}", s.patch)
	for _, body := range []string{
		`{"bio":""}`,
		`{"age":31,"public":true}`,
		`{"settings":{"theme":null,"tz":"UTC"}}`,
		`{"age":-1}`,
		`{"name":null}`,
		`{"age":"x"}`,
		`{}`,
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("PATCH", "/profiles/kim", strings.NewReader(body)))
		fmt.Printf("%-40s %d changed=[%s] %s", body, rec.Code, rec.Header().Get("X-Changed"), rec.Body.String())
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("PATCH", "/profiles/zed", strings.NewReader(`{}`)))
	fmt.Println(rec.Code)
	fmt.Printf("%+v\n", *s.profiles["kim"])
}
