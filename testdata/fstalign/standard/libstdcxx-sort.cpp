// Records where libstdc++'s std::sort puts elements of equal keys: each line "n k1 .. kn -> i",
// i the original index of the element sorted first. Keys are small integers (many ties).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>
struct E { float k; int i; };
int main() {
  srand(20261201);
  for (int t = 0; t < 300; t++) {
    int n = 1 + rand() % 100, distinct = 1 + rand() % 5;
    std::vector<E> v(n);
    printf("%d", n);
    for (int i = 0; i < n; i++) { v[i].k = (float)(rand() % distinct); v[i].i = i; printf(" %d", (int)v[i].k); }
    std::sort(v.begin(), v.end(), [](const E& a, const E& b) { return a.k < b.k; });
    printf(" -> %d\n", v[0].i);
  }
}
