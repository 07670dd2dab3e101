package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"sort"
)

type opKind byte

const (
	opPut opKind = iota + 1
	opDelete
)

type record struct {
	Op    opKind
	Key   string
	Value string
}

var errCorrupt = errors.New("wal: corrupt record")

type WAL struct {
	buf *bytes.Buffer
}

func (w *WAL) Append(r record) error {
	var payload bytes.Buffer
	payload.WriteByte(byte(r.Op))
	writeString(&payload, r.Key)
	writeString(&payload, r.Value)
	var hdr [8]byte
	binary.LittleEndian.PutUint32(hdr[:4], uint32(payload.Len()))
	binary.LittleEndian.PutUint32(hdr[4:], crc32.ChecksumIEEE(payload.Bytes()))
	w.buf.Write(hdr[:])
	_, err := payload.WriteTo(w.buf)
	return err
}

func writeString(b *bytes.Buffer, s string) {
	var tmp [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(tmp[:], uint64(len(s)))
	b.Write(tmp[:n])
	b.WriteString(s)
}

func readString(r *bytes.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return "", err
	}
	s := make([]byte, n)
	if _, err := io.ReadFull(r, s); err != nil {
		return "", err
	}
	return string(s), nil
}

func Replay(data []byte, apply func(record)) (int, error) {
	br := bufio.NewReader(bytes.NewReader(data))
	count := 0
	for {
		var hdr [8]byte
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			if err == io.EOF {
				return count, nil
			}
			return count, fmt.Errorf("record %d header: %w", count, err)
		}
		size := binary.LittleEndian.Uint32(hdr[:4])
		sum := binary.LittleEndian.Uint32(hdr[4:])
		payload := make([]byte, size)
		if _, err := io.ReadFull(br, payload); err != nil {
			return count, fmt.Errorf("record %d body: %w", count, err)
		}
		if crc32.ChecksumIEEE(payload) != sum {
			return count, fmt.Errorf("record %d: %w", count, errCorrupt)
		}
		pr := bytes.NewReader(payload)
		op, _ := pr.ReadByte()
		k, err := readString(pr)
		if err != nil {
			return count, err
		}
		v, err := readString(pr)
		if err != nil {
			return count, err
		}
		apply(record{Op: opKind(op), Key: k, Value: v})
		count++
	}
}

type Store struct {
	data map[string]string
	wal  *WAL
}

func NewStore(w *WAL) *Store { return &Store{data: map[string]string{}, wal: w} }

func (s *Store) Put(k, v string) {
	s.wal.Append(record{Op: opPut, Key: k, Value: v})
	s.data[k] = v
}

func (s *Store) Delete(k string) {
	s.wal.Append(record{Op: opDelete, Key: k})
	delete(s.data, k)
}

func (s *Store) apply(r record) {
	switch r.Op {
	case opPut:
		s.data[r.Key] = r.Value
	case opDelete:
		delete(s.data, r.Key)
	}
}

func (s *Store) Dump() {
	keys := make([]string, 0, len(s.data))
	for k := range s.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s=%q\n", k, s.data[k])
	}
}

func main() {
	wal := &WAL{buf: new(bytes.Buffer)}
	s := NewStore(wal)
	s.Put("user:1", "alice")
	s.Put("user:2", "bob")
	s.Put("config", "dark-mode")
	s.Delete("user:2")
	s.Put("user:1", "alice smith")
	fmt.Println("wal bytes:", wal.buf.Len())

	recovered := NewStore(&WAL{buf: new(bytes.Buffer)})
	n, err := Replay(wal.buf.Bytes(), recovered.apply)
	fmt.Println("replayed", n, "err", err)
	recovered.Dump()

	bad := bytes.Clone(wal.buf.Bytes())
	bad[20] ^= 0xff
	n, err = Replay(bad, func(record) {})
	fmt.Println("corrupt replay:", n, err, errors.Is(err, errCorrupt))

	n, err = Replay(wal.buf.Bytes()[:wal.buf.Len()-3], func(record) {})
	fmt.Println("truncated replay:", n, err, errors.Is(err, io.ErrUnexpectedEOF))
}
