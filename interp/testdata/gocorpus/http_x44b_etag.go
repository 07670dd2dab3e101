package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
)

type Doc struct {
	Version int    `json:"version"`
	Text    string `json:"text"`
}

type DocServer struct {
	mu   sync.RWMutex
	docs map[string]Doc
}

func etagOf(d Doc) string {
	b, _ := json.Marshal(d)
	return strconv.Quote(fmt.Sprintf("%08x", crc32.ChecksumIEEE(b)))
}

func (s *DocServer) get(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	d, ok := s.docs[r.PathValue("name")]
	s.mu.RUnlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	tag := etagOf(d)
	w.Header().Set("ETag", tag)
	if match := r.Header.Get("If-None-Match"); match != "" {
		for _, t := range strings.Split(match, ",") {
			if t = strings.TrimSpace(t); t == tag || t == "*" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
	}
	json.NewEncoder(w).Encode(d)
}

func (s *DocServer) put(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	var in struct{ Text string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, exists := s.docs[name]
	ifMatch := r.Header.Get("If-Match")
	switch {
	case exists && ifMatch == "":
		http.Error(w, "If-Match required", http.StatusPreconditionRequired)
		return
	case exists && ifMatch != etagOf(cur):
		http.Error(w, "etag mismatch", http.StatusPreconditionFailed)
		return
	}
	d := Doc{Version: cur.Version + 1, Text: in.Text}
	s.docs[name] = d
	w.Header().Set("ETag", etagOf(d))
	if exists {
		w.WriteHeader(http.StatusOK)
	} else {
		w.WriteHeader(http.StatusCreated)
	}
}

func main() {
	s := &DocServer{docs: map[string]Doc{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /docs/{name}", s.get)
	mux.HandleFunc("PUT /docs/{name}", s.put)

	send := func(method, path, body string, hdr map[string]string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, path, bytes.NewBufferString(body))
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("%-3s %s %v -> %d etag=%s %s\n", method, path, hdr, rec.Code, rec.Header().Get("ETag"), strings.TrimSpace(rec.Body.String()))
		return rec
	}
	r := send("PUT", "/docs/readme", `{"Text":"v1"}`, nil)
	tag1 := r.Header().Get("ETag")
	send("GET", "/docs/readme", "", nil)
	send("GET", "/docs/readme", "", map[string]string{"If-None-Match": tag1})
	send("GET", "/docs/readme", "", map[string]string{"If-None-Match": `"nope", ` + tag1})
	send("PUT", "/docs/readme", `{"Text":"v2"}`, nil)
	send("PUT", "/docs/readme", `{"Text":"v2"}`, map[string]string{"If-Match": `"deadbeef"`})
	r = send("PUT", "/docs/readme", `{"Text":"v2"}`, map[string]string{"If-Match": tag1})
	send("GET", "/docs/readme", "", map[string]string{"If-None-Match": tag1})
	send("GET", "/docs/readme", "", map[string]string{"If-None-Match": "*"})
	send("PUT", "/docs/readme", `{"Text":"v3"}`, map[string]string{"If-Match": tag1})
	send("GET", "/docs/other", "", nil)
	fmt.Println(tag1 != r.Header().Get("ETag"), s.docs["readme"])
}
